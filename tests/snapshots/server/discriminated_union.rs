// Snapshot of the server generator for tests/fixtures/server/discriminated_union.yaml.
// Refresh: UPDATE_SNAPSHOTS=1 cargo test -p subscriptions-tests --test server_snapshots

/// The fixture's types, as typify generates them.
#[allow(dead_code, clippy::all)]
pub mod types {
    /// A value for an error message: quoted, or only its length when it is long.
    fn shown(value: &str) -> ::std::string::String {
        let length = value.chars().count();
        if length <= 64 {
            format!("{value:?}")
        } else {
            format!("a {length}-character string")
        }
    }
    /// A value of an enum that this version of the crate does not know.
    ///
    /// Elastic Path adds values without notice. A response carrying
    /// one still decodes: the value is kept here exactly as it
    /// arrived, and is sent back unchanged. It cannot be built by
    /// hand (parsing accepts only known values), so a typo in a
    /// request cannot hide in it; and once a later version of the
    /// crate knows the value, it decodes as the named variant.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub struct UnknownValue(::std::string::String);
    impl UnknownValue {
        /// The value as it arrived.
        pub fn as_str(&self) -> &str {
            &self.0
        }
    }
    impl ::std::fmt::Display for UnknownValue {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(&self.0)
        }
    }
    /// A JSON value in a shape that this version of the crate does
    /// not know (a new kind of report, a new job type), kept exactly
    /// as it arrived and sent back unchanged. It is only made by
    /// decoding.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UnknownShape(::serde_json::Value);
    impl UnknownShape {
        /// The JSON as it arrived.
        pub fn as_json(&self) -> &::serde_json::Value {
            &self.0
        }
        /// The JSON as it arrived, by value.
        pub fn into_json(self) -> ::serde_json::Value {
            self.0
        }
    }
    impl ::std::fmt::Display for UnknownShape {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::serde::Serialize for UnknownShape {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            ::serde::Serialize::serialize(&self.0, serializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UnknownShape {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)
                .map(UnknownShape)
        }
    }
    ///What it eats; only requests carry it.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum Diet {
        /// `meat`
        #[serde(rename = "meat")]
        Meat,
        /// `plants`
        #[serde(rename = "plants")]
        Plants,
    }
    impl Diet {
        /// The values this version of the crate knows, as they are sent.
        pub const VALUES: &'static [&'static str] = &["meat", "plants"];
        /// The value as it is sent.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Meat => "meat",
                Self::Plants => "plants",
            }
        }
    }
    impl ::std::fmt::Display for Diet {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for Diet {
        type Err = self::error::ConversionError;
        /// Accepts only the values this version knows.
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "meat" => Ok(Self::Meat),
                "plants" => Ok(Self::Plants),
                _ => {
                    Err(
                        format!(
                            "{}{}", shown(value),
                            " is not a valid Diet: expected one of meat, plants"
                        )
                            .into(),
                    )
                }
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Diet {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Diet {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A dog.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Dog {
        ///Whether it barks.
        pub barks: bool,
    }
    impl Dog {
        pub fn builder() -> builder::Dog {
            Default::default()
        }
    }
    ///Errors.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ErrorResponse {
        pub errors: ::std::vec::Vec<ErrorResponseErrorsItem>,
    }
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///`ErrorResponseErrorsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ErrorResponseErrorsItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<::std::string::String>,
    }
    impl ErrorResponseErrorsItem {
        pub fn builder() -> builder::ErrorResponseErrorsItem {
            Default::default()
        }
    }
    ///A kind of pet.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum Kind {
        /// `cat`
        Cat,
        /// `dog`
        Dog,
        /// A value this version of the crate does not know, kept as it arrived; see [`UnknownValue`].
        Unknown(UnknownValue),
    }
    impl Kind {
        /// The values this version of the crate knows, as they are sent.
        pub const VALUES: &'static [&'static str] = &["cat", "dog"];
        /// The value as it is sent.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Cat => "cat",
                Self::Dog => "dog",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::fmt::Display for Kind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for Kind {
        type Err = self::error::ConversionError;
        /// Accepts only the values this version knows.
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "cat" => Ok(Self::Cat),
                "dog" => Ok(Self::Dog),
                _ => {
                    Err(
                        format!(
                            "{}{}", shown(value),
                            " is not a valid Kind: expected one of cat, dog"
                        )
                            .into(),
                    )
                }
            }
        }
    }
    impl Kind {
        /// Any value that arrived: the known ones as their variant, others as `Unknown`.
        fn from_wire(value: &str) -> Self {
            match value {
                "cat" => Self::Cat,
                "dog" => Self::Dog,
                _ => Self::Unknown(UnknownValue(value.to_owned())),
            }
        }
    }
    impl ::serde::Serialize for Kind {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Kind {
        /// Accepts every string: a value this version does not know becomes `Unknown`.
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::borrow::Cow<
                'de,
                str,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            Ok(Self::from_wire(&value))
        }
    }
    impl ::std::convert::TryFrom<&str> for Kind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Kind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///How it feels; responses carry it.
    #[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum Mood {
        /// `calm`
        Calm,
        /// `playful`
        Playful,
        /// A value this version of the crate does not know, kept as it arrived; see [`UnknownValue`].
        Unknown(UnknownValue),
    }
    impl Mood {
        /// The values this version of the crate knows, as they are sent.
        pub const VALUES: &'static [&'static str] = &["calm", "playful"];
        /// The value as it is sent.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Calm => "calm",
                Self::Playful => "playful",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::fmt::Display for Mood {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::std::str::FromStr for Mood {
        type Err = self::error::ConversionError;
        /// Accepts only the values this version knows.
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "calm" => Ok(Self::Calm),
                "playful" => Ok(Self::Playful),
                _ => {
                    Err(
                        format!(
                            "{}{}", shown(value),
                            " is not a valid Mood: expected one of calm, playful"
                        )
                            .into(),
                    )
                }
            }
        }
    }
    impl Mood {
        /// Any value that arrived: the known ones as their variant, others as `Unknown`.
        fn from_wire(value: &str) -> Self {
            match value {
                "calm" => Self::Calm,
                "playful" => Self::Playful,
                _ => Self::Unknown(UnknownValue(value.to_owned())),
            }
        }
    }
    impl ::serde::Serialize for Mood {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Mood {
        /// Accepts every string: a value this version does not know becomes `Unknown`.
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::borrow::Cow<
                'de,
                str,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            Ok(Self::from_wire(&value))
        }
    }
    impl ::std::convert::TryFrom<&str> for Mood {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Mood {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A pet to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct NewPet {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub diet: ::std::option::Option<Diet>,
        /**

The `kind` and the attributes that depend on it, flattened into this object.*/
        #[serde(flatten)]
        pub kind: PetKind,
        ///Its name.
        pub name: ::std::string::String,
    }
    impl NewPet {
        pub fn builder() -> builder::NewPet {
            Default::default()
        }
    }
    ///A pet.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Pet {
        /**

The `kind` and the attributes that depend on it, flattened into this object.*/
        #[serde(flatten)]
        pub kind: PetKind,
        pub mood: Mood,
        ///Its name.
        pub name: ::std::string::String,
    }
    impl Pet {
        pub fn builder() -> builder::Pet {
            Default::default()
        }
    }
    /// The kind of pet, and what only that kind has.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum PetKind {
        /// `cat`: A cat.
        Cat,
        /// `dog`: A dog.
        Dog(Dog),
        /// A `kind` this version does not know, or attributes that do not decode as the variant its `kind` names: the whole object as it arrived, sent back unchanged.
        Unknown(UnknownShape),
    }
    impl PetKind {
        /// The `kind` of these attributes, as sent on the wire.
        pub fn tag(&self) -> &str {
            match self {
                Self::Cat => "cat",
                Self::Dog(_) => "dog",
                Self::Unknown(shape) => {
                    shape
                        .as_json()
                        .get("kind")
                        .and_then(::serde_json::Value::as_str)
                        .unwrap_or_default()
                }
            }
        }
        /// The `kind` of these attributes.
        pub fn kind(&self) -> Kind {
            match self {
                Self::Cat => Kind::Cat,
                Self::Dog(_) => Kind::Dog,
                Self::Unknown(_) => Kind::from_wire(self.tag()),
            }
        }
    }
    impl ::serde::Serialize for PetKind {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            #[derive(::serde::Serialize)]
            struct Tagged<'a, T: ::serde::Serialize> {
                #[serde(rename = "kind")]
                tag: &'a str,
                #[serde(flatten)]
                fields: &'a T,
            }
            match self {
                Self::Cat => {
                    let mut map = ::serde::Serializer::serialize_map(
                        serializer,
                        Some(1),
                    )?;
                    ::serde::ser::SerializeMap::serialize_entry(
                        &mut map,
                        "kind",
                        "cat",
                    )?;
                    ::serde::ser::SerializeMap::end(map)
                }
                Self::Dog(fields) => Tagged { tag: "dog", fields }.serialize(serializer),
                Self::Unknown(shape) => shape.serialize(serializer),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PetKind {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let object = ::serde_json::Value::Object(
                ::serde_json::Map::deserialize(deserializer)?,
            );
            let tag = match object.get("kind").and_then(::serde_json::Value::as_str) {
                Some(tag) => tag.to_owned(),
                None => return Ok(Self::Unknown(UnknownShape(object))),
            };
            match tag.as_str() {
                "cat" => Ok(Self::Cat),
                "dog" => {
                    match Dog::deserialize(&object) {
                        Ok(fields) => Ok(Self::Dog(fields)),
                        Err(_) => Ok(Self::Unknown(UnknownShape(object))),
                    }
                }
                _ => Ok(Self::Unknown(UnknownShape(object))),
            }
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        use super::PetKind;
        #[derive(Clone, Debug)]
        pub struct Dog {
            barks: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for Dog {
            fn default() -> Self {
                Self {
                    barks: Err("no value supplied for barks".to_string()),
                }
            }
        }
        impl Dog {
            pub fn barks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.barks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for barks: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Dog> for super::Dog {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Dog,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { barks: value.barks? })
            }
        }
        impl ::std::convert::From<super::Dog> for Dog {
            fn from(value: super::Dog) -> Self {
                Self { barks: Ok(value.barks) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponse {
            errors: ::std::result::Result<
                ::std::vec::Vec<super::ErrorResponseErrorsItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    errors: Err("no value supplied for errors".to_string()),
                }
            }
        }
        impl ErrorResponse {
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::ErrorResponseErrorsItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { errors: value.errors? })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self { errors: Ok(value.errors) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponseErrorsItem {
            detail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResponseErrorsItem {
            fn default() -> Self {
                Self {
                    detail: Ok(Default::default()),
                }
            }
        }
        impl ErrorResponseErrorsItem {
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponseErrorsItem>
        for super::ErrorResponseErrorsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponseErrorsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { detail: value.detail? })
            }
        }
        impl ::std::convert::From<super::ErrorResponseErrorsItem>
        for ErrorResponseErrorsItem {
            fn from(value: super::ErrorResponseErrorsItem) -> Self {
                Self { detail: Ok(value.detail) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NewPet {
            diet: ::std::result::Result<
                ::std::option::Option<super::Diet>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<PetKind, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for NewPet {
            fn default() -> Self {
                Self {
                    diet: Ok(Default::default()),
                    kind: Err("no value supplied for kind".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl NewPet {
            pub fn diet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Diet>>,
                T::Error: ::std::fmt::Display,
            {
                self.diet = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for diet: {e}")
                    });
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<PetKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NewPet> for super::NewPet {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewPet,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    diet: value.diet?,
                    kind: value.kind?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::NewPet> for NewPet {
            fn from(value: super::NewPet) -> Self {
                Self {
                    diet: Ok(value.diet),
                    kind: Ok(value.kind),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Pet {
            kind: ::std::result::Result<PetKind, ::std::string::String>,
            mood: ::std::result::Result<super::Mood, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Pet {
            fn default() -> Self {
                Self {
                    kind: Err("no value supplied for kind".to_string()),
                    mood: Err("no value supplied for mood".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl Pet {
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<PetKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kind: {e}")
                    });
                self
            }
            pub fn mood<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Mood>,
                T::Error: ::std::fmt::Display,
            {
                self.mood = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mood: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Pet> for super::Pet {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Pet,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    kind: value.kind?,
                    mood: value.mood?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Pet> for Pet {
            fn from(value: super::Pet) -> Self {
                Self {
                    kind: Ok(value.kind),
                    mood: Ok(value.mood),
                    name: Ok(value.name),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
/// The answers of `CreatePet` (`POST /pets`): one variant per status the spec documents.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreatePetResponse {
    /// `201 Created`: The pet.
    Created(self::types::Pet),
    /// `400 Bad Request`: Bad request.
    BadRequest(self::types::ErrorResponse),
}
impl CreatePetResponse {
    /// The HTTP status of this answer.
    pub fn status(&self) -> ::axum::http::StatusCode {
        let code: u16 = match self {
            Self::Created(_) => 201u16,
            Self::BadRequest(_) => 400u16,
        };
        ::axum::http::StatusCode::from_u16(code)
            .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}
impl ::axum::response::IntoResponse for CreatePetResponse {
    fn into_response(self) -> ::axum::response::Response {
        let status = self.status();
        match self {
            Self::Created(body) => {
                ::subscriptions_server::runtime::json_response(status, &body)
            }
            Self::BadRequest(body) => {
                ::subscriptions_server::runtime::json_response(status, &body)
            }
        }
    }
}
static CREATE_PET_BODY_SCHEMA: ::subscriptions_server::runtime::Schema = ::subscriptions_server::runtime::Schema::new(
    r##"{"$schema":"https://json-schema.org/draft/2020-12/schema","$ref":"#/$defs/NewPet","$defs":{"Cat":{"type":"object","required":["kind"],"properties":{"kind":{"type":"string","enum":["cat"]}}},"Diet":{"type":"string","enum":["meat","plants"]},"Dog":{"type":"object","required":["kind","barks"],"properties":{"kind":{"type":"string","enum":["dog"]},"barks":{"type":"boolean"}}},"Kind":{"type":"string","enum":["cat","dog"]},"NewPet":{"type":"object","required":["name"],"properties":{"name":{"type":"string"},"diet":{"$ref":"#/$defs/Diet"}},"allOf":[{"$ref":"#/$defs/PetKind"}]},"PetKind":{"type":"object","required":["kind"],"properties":{"kind":{"$ref":"#/$defs/Kind"}},"allOf":[{"if":{"properties":{"kind":{"const":"cat"}},"required":["kind"]},"then":{"$ref":"#/$defs/Cat"}},{"if":{"properties":{"kind":{"const":"dog"}},"required":["kind"]},"then":{"$ref":"#/$defs/Dog"}}]}}}"##,
);
/// Discriminated union fixture: one method per operation.
///
/// Implement it (each method can be an `async fn`) and serve it with [`router`]. When a method is called, the router has already checked the bearer token (its presence, then [`authenticate`](Self::authenticate)), the path, the query and the body against the spec; the method's return type lists exactly the statuses the spec documents for the operation.
pub trait Api: Send + Sync + 'static {
    /// Checks the caller before anything else about the request is
    /// looked at, so a bad token gets `401` even when the rest of the
    /// request is bad too. The default accepts every token (the
    /// router has already refused a missing or malformed one).
    fn authenticate(
        &self,
        context: &::subscriptions_server::runtime::RequestContext,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            (),
            ::subscriptions_server::runtime::Unauthenticated,
        >,
    > + Send {
        let _ = context;
        async { Ok(()) }
    }
    /// Create a pet
    ///
    /// Creates a pet of any kind.
    ///
    /// `POST /pets` (operation `CreatePet`)
    fn create_pet(
        &self,
        context: ::subscriptions_server::runtime::RequestContext,
        body: self::types::NewPet,
    ) -> impl ::std::future::Future<Output = CreatePetResponse> + Send;
}
/// The path every operation is served under, from the spec's `servers`.
pub const BASE_PATH: &str = "/v1";
/// The OpenAPI document this crate was generated from, as JSON; the
/// router serves it at `GET /openapi.json`.
pub const OPENAPI_JSON: &str = r##"{"openapi":"3.0.3","info":{"title":"Discriminated union fixture","version":"1.0.0"},"servers":[{"url":"https://example.com/v1"}],"paths":{"/pets":{"post":{"operationId":"CreatePet","summary":"Create a pet","description":"Creates a pet of any kind.","requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/NewPet"}}}},"responses":{"201":{"description":"The pet.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}}}},"400":{"description":"Bad request.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}}}},"components":{"schemas":{"NewPet":{"type":"object","description":"A pet to create.","required":["name"],"properties":{"name":{"type":"string","description":"Its name."},"diet":{"$ref":"#/components/schemas/Diet"}},"allOf":[{"$ref":"#/components/schemas/PetKind"}]},"Pet":{"type":"object","description":"A pet.","required":["name","mood"],"properties":{"name":{"type":"string","description":"Its name."},"mood":{"$ref":"#/components/schemas/Mood"}},"allOf":[{"$ref":"#/components/schemas/PetKind"}]},"Diet":{"type":"string","description":"What it eats; only requests carry it.","enum":["meat","plants"]},"Mood":{"type":"string","description":"How it feels; responses carry it.","enum":["calm","playful"]},"PetKind":{"type":"object","description":"The kind of pet, and what only that kind has.","required":["kind"],"properties":{"kind":{"$ref":"#/components/schemas/Kind"}},"oneOf":[{"$ref":"#/components/schemas/Cat"},{"$ref":"#/components/schemas/Dog"}],"discriminator":{"propertyName":"kind","mapping":{"cat":"#/components/schemas/Cat","dog":"#/components/schemas/Dog"}}},"Kind":{"type":"string","description":"A kind of pet.","enum":["cat","dog"]},"Cat":{"type":"object","description":"A cat.","required":["kind"],"properties":{"kind":{"type":"string","enum":["cat"],"description":"Always `cat`."}}},"Dog":{"type":"object","description":"A dog.","required":["kind","barks"],"properties":{"kind":{"type":"string","enum":["dog"],"description":"Always `dog`."},"barks":{"type":"boolean","description":"Whether it barks."}}},"ErrorResponse":{"type":"object","description":"Errors.","required":["errors"],"properties":{"errors":{"type":"array","items":{"type":"object","properties":{"detail":{"type":"string"}}}}}}}}}"##;
/// An axum router serving `api` with the default options.
pub fn router<A: Api>(api: A) -> ::axum::Router {
    router_with_options(api, ::subscriptions_server::runtime::RouterOptions::default())
}
/// An axum router serving `api`: every operation under [`BASE_PATH`],
/// and the spec at `GET /openapi.json`. Unknown paths get `404` and
/// undeclared methods `405` with `Allow`; requests over the limits of
/// `options` are refused; every refusal is in the API's error format.
pub fn router_with_options<A: Api>(
    api: A,
    options: ::subscriptions_server::runtime::RouterOptions,
) -> ::axum::Router {
    let routes = ::axum::Router::new()
        .route(
            "/v1/pets",
            ::axum::routing::post(handle_create_pet::<A>)
                .fallback(|method: ::axum::http::Method| async move {
                    ::subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/v1/pets",
                        "POST",
                    )
                }),
        )
        .route(
            "/openapi.json",
            ::axum::routing::get(|| async {
                    ::subscriptions_server::runtime::openapi(OPENAPI_JSON)
                })
                .fallback(|method: ::axum::http::Method| async move {
                    ::subscriptions_server::runtime::method_not_allowed(
                        &method,
                        "/openapi.json",
                        "GET, HEAD",
                    )
                }),
        )
        .fallback(::subscriptions_server::runtime::not_found)
        .with_state(
            ::subscriptions_server::runtime::AppState::new(api, options.clone()),
        );
    ::subscriptions_server::runtime::protect(routes, &options)
}
/// Serves `CreatePet`: checks the request, then calls the implementation.
async fn handle_create_pet<A: Api>(
    ::axum::extract::State(
        state,
    ): ::axum::extract::State<::subscriptions_server::runtime::AppState<A>>,
    request: ::axum::extract::Request,
) -> ::axum::response::Response {
    let (parts, body) = request.into_parts();
    let context = match ::subscriptions_server::runtime::authorize(
        &parts,
        "CreatePet",
        false,
    ) {
        Ok(context) => context,
        Err(rejection) => return ::axum::response::IntoResponse::into_response(rejection),
    };
    if let Err(refused) = state.api.authenticate(&context).await {
        return ::axum::response::IntoResponse::into_response(refused);
    }
    let body: self::types::NewPet = match ::subscriptions_server::runtime::json_body(
            &parts,
            body,
            &CREATE_PET_BODY_SCHEMA,
            &state.options,
        )
        .await
    {
        Ok(body) => body,
        Err(rejection) => return ::axum::response::IntoResponse::into_response(rejection),
    };
    ::subscriptions_server::runtime::call(state.api.create_pet(context, body)).await
}
