// Snapshot of the server generator for tests/fixtures/upstream/subscriptions-26.0427.yaml. Do not edit.
// Refresh: EXPECTORATE=overwrite cargo test -p subscriptions-tests --test workspace server_snapshots::

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};

#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};

/// The request and response types, from the shared types crate.
pub use crate::types as types;

#[derive(Clone, Debug)]
/**Client for Subscriptions Introduction

Elastic Path Subscriptions allows you to offer your customers subscriptions and recurring billing for your plans and services. Elastic Path Subscriptions gives you the flexibility to pause, update, or reactivate your subscription offerings, change subscription cycles and apply discounts.

You can create subscriptions using the Elastic Path Subscriptions API or Commerce Manager See [Subscriptions](/docs/commerce-manager/subscriptions/overview).

Scenarios include:

- repeat products that your customers purchase on a recurring basis.
- membership subscriptions where your customers pay a recurring fee to become members of a particular service, program or organization.
- subscribe and save that allows your customers to subscribe to regular deliveries of products they use frequently, for example, household essentials, or personal care items.

### How Subscriptions Work

Elastic Path Subscriptions enables you to manage your subscriptions plans and pricing options, using offerings. Offerings can contain any combination of plans and pricing options.

Here's how a typical subscription works:

1. Create your offerings. Offerings are the plan and pricing options that a customer can choose. An offering can consist of many combinations of a plan or pricing options, depending on the plans and services you offer. See [**Offerings**](/docs/api/subscriptions/offerings).
2. When a [**customer**](/docs/api/subscriptions/subscribers) chooses a pricing option, a subscription is created. See [**Subscriptions**](/docs/api/subscriptions/subscriptions).
3. Elastic Path Subscriptions manages the billing and recurring payments associated with the subscription. See [**Invoicing and Payments**](/docs/api/subscriptions/invoices).

### Subscriber Management

Elastic Path Subscriptions enables you to create customer accounts that you can use to manage their subscription details, including payment methods and billing information. See [**Subscribers**](/docs/api/subscriptions/subscribers).

### Invoicing & Payments

Elastic Path Subscriptions enables you to manage the billing and recurring payments associated with your customers subscriptions. Elastic Path Subscriptions provides seamless integration with Elastic Path Payments powered by Stripe. See [**Invoicing and Payments**](/docs/api/subscriptions/invoices).


Version: 26.0427.7514362*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}

impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };

        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }

    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}

impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "26.0427.7514362"
    }

    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }

    fn client(&self) -> &reqwest::Client {
        &self.client
    }

    fn inner(&self) -> &() {
        &()
    }
}

impl ClientHooks<()> for &Client {}
impl Client {
    /**List offerings

Retrieves a list of all subscription offerings.

### Filtering

This endpoint supports filtering. For the general syntax, see [**Filtering**](/guides/Getting-Started/filtering).

The following attributes and operators are supported.

| Operator | Attribute | Description |
| --- | --- | --- |
| `eq` | `external_ref`, `plans.external_ref`, `proration_policy_id` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
| `in` | `external_ref`, `plans.external_ref`, `proration_policy_id` | In. Checks if the value is in the specified list. If it is, the condition is true. |


Sends a `GET` request to `/v2/subscriptions/offerings`

Arguments:
- `filter`
- `include`
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_offerings()
    .filter(filter)
    .include(include)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_offerings(&self) -> builder::ListOfferings<'_> {
        builder::ListOfferings::new(self)
    }
    /**Create an offering

Sends a `POST` request to `/v2/subscriptions/offerings`

```ignore
let response = client.create_offering()
    .filter(filter)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_offering(&self) -> builder::CreateOffering<'_> {
        builder::CreateOffering::new(self)
    }
    /**Build an offering

An offering includes plans and pricing options; plans are combined with one or more pricing options to form an offering. An offering can include either:

- subscription plans (created within an offering).
- Product Experience Manager products. See [**create a product**](/docs/api/pxm/products/create-product).

When you are building an offering:

- you can create new pricing options and plans.
- you can modify an existing plan and pricing options. For example, you can modify the plan price or any attributes of a pricing option included in the offering.

Here's how you build an offering:

1. Specify the plan to build with the offering. A plan can be:

     - subscription plans. Specify the subscription plan attributes.
     - Product Experience Manager products. Specify the Product Experience Manager product ID in `external_ref` in `PlanAttributes`. For the remaining plan attributes, you can specify their values to match the values of the existing Product Experience Manager product attributes. However, you can also specify different values, depending on your requirements.

2. Specify the pricing options to build with the offering. Pricing options are the rules that govern your subscription, for example, any discount. You can combine and reuse pricing options for as many plans as you want, making it quick and easy to create your subscription offerings.
  An offering must have at least one pricing option.


Sends a `POST` request to `/v2/subscriptions/offerings/build`

```ignore
let response = client.build_offering()
    .body(body)
    .send()
    .await;
```*/
    pub fn build_offering(&self) -> builder::BuildOffering<'_> {
        builder::BuildOffering::new(self)
    }
    /**Get offering

Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `include`
```ignore
let response = client.get_offering()
    .offering_uuid(offering_uuid)
    .include(include)
    .send()
    .await;
```*/
    pub fn get_offering(&self) -> builder::GetOffering<'_> {
        builder::GetOffering::new(self)
    }
    /**Update an offering

After saving an offering, you can update an offering at any time. Updating an offering does not affect any active subscriptions. The changes take effect on all new subscriptions that are created. For fields that are optional, an existing value can be removed by specifying a value of null.


Sends a `PUT` request to `/v2/subscriptions/offerings/{offering_uuid}`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `body`
```ignore
let response = client.update_offering()
    .offering_uuid(offering_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_offering(&self) -> builder::UpdateOffering<'_> {
        builder::UpdateOffering::new(self)
    }
    /**Delete offering

When a subscription is created, it creates a snapshot of the offering. This means you can delete an offering without affecting any active subscriptions.

Sends a `DELETE` request to `/v2/subscriptions/offerings/{offering_uuid}`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
```ignore
let response = client.delete_offering()
    .offering_uuid(offering_uuid)
    .send()
    .await;
```*/
    pub fn delete_offering(&self) -> builder::DeleteOffering<'_> {
        builder::DeleteOffering::new(self)
    }
    /**Get a feature in an offering

Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `feature_uuid`: The unique identifier of the feature.
```ignore
let response = client.get_offering_feature()
    .offering_uuid(offering_uuid)
    .feature_uuid(feature_uuid)
    .send()
    .await;
```*/
    pub fn get_offering_feature(&self) -> builder::GetOfferingFeature<'_> {
        builder::GetOfferingFeature::new(self)
    }
    /**Updates a feature in an offering

Use the unique identifier of the feature in the offering that you want to update. Any modifications that you make to the features in an offering, does not affect any active subscriptions. The changes take effect on all new subscriptions that are created.

Sends a `PUT` request to `/v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `feature_uuid`: The unique identifier of the feature.
- `body`
```ignore
let response = client.update_offering_feature()
    .offering_uuid(offering_uuid)
    .feature_uuid(feature_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_offering_feature(&self) -> builder::UpdateOfferingFeature<'_> {
        builder::UpdateOfferingFeature::new(self)
    }
    /**Remove a feature from an offering

After saving an offering, you can remove features from it at any time.

 Removing a feature from an offering does not affect any existing active subscriptions. The changes take effect on all new subscriptions that are created.


Sends a `DELETE` request to `/v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `feature_uuid`: The unique identifier of the feature.
```ignore
let response = client.delete_offering_feature()
    .offering_uuid(offering_uuid)
    .feature_uuid(feature_uuid)
    .send()
    .await;
```*/
    pub fn delete_offering_feature(&self) -> builder::DeleteOfferingFeature<'_> {
        builder::DeleteOfferingFeature::new(self)
    }
    /**Attach a feature

After saving an offering, you can attach new features to it at any time.

Adding new features does not affect any existing active subscriptions. The changes take effect on all new subscriptions that are created.


Sends a `POST` request to `/v2/subscriptions/offerings/{offering_uuid}/features/attach`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `body`
```ignore
let response = client.attach_offering_feature()
    .offering_uuid(offering_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn attach_offering_feature(&self) -> builder::AttachOfferingFeature<'_> {
        builder::AttachOfferingFeature::new(self)
    }
    /**List an offering's pricing options

Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}/pricing-options`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_offering_pricing_options()
    .offering_uuid(offering_uuid)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_offering_pricing_options(
        &self,
    ) -> builder::ListOfferingPricingOptions<'_> {
        builder::ListOfferingPricingOptions::new(self)
    }
    /**Create a pricing option inside an offering

After saving an offering, you can add new pricing option to it at any time.


Sends a `POST` request to `/v2/subscriptions/offerings/{offering_uuid}/pricing-options`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `body`
```ignore
let response = client.create_offering_pricing_option()
    .offering_uuid(offering_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_offering_pricing_option(
        &self,
    ) -> builder::CreateOfferingPricingOption<'_> {
        builder::CreateOfferingPricingOption::new(self)
    }
    /**Get a pricing option in an offering

Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `pricing_option_uuid`: The unique identifier of the pricing option.
```ignore
let response = client.get_offering_pricing_option()
    .offering_uuid(offering_uuid)
    .pricing_option_uuid(pricing_option_uuid)
    .send()
    .await;
```*/
    pub fn get_offering_pricing_option(&self) -> builder::GetOfferingPricingOption<'_> {
        builder::GetOfferingPricingOption::new(self)
    }
    /**Update a pricing option in an offering

Sends a `PUT` request to `/v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `pricing_option_uuid`: The unique identifier of the pricing option.
- `body`
```ignore
let response = client.update_offering_pricing_option()
    .offering_uuid(offering_uuid)
    .pricing_option_uuid(pricing_option_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_offering_pricing_option(
        &self,
    ) -> builder::UpdateOfferingPricingOption<'_> {
        builder::UpdateOfferingPricingOption::new(self)
    }
    /**Remove a pricing option from an offering

After saving an offering, you can remove pricing options from it at any time.

Removing a pricing option from an offering does not affect any existing active subscriptions. The changes take effect on all new subscriptions that are created.


Sends a `DELETE` request to `/v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `pricing_option_uuid`: The unique identifier of the pricing option.
```ignore
let response = client.delete_offering_pricing_option()
    .offering_uuid(offering_uuid)
    .pricing_option_uuid(pricing_option_uuid)
    .send()
    .await;
```*/
    pub fn delete_offering_pricing_option(
        &self,
    ) -> builder::DeleteOfferingPricingOption<'_> {
        builder::DeleteOfferingPricingOption::new(self)
    }
    /**List an offering's features

Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}/features`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_offering_features()
    .offering_uuid(offering_uuid)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_offering_features(&self) -> builder::ListOfferingFeatures<'_> {
        builder::ListOfferingFeatures::new(self)
    }
    /**Create a feature directly inside an offering

After saving an offering, you can add new features to it at any time.


Sends a `POST` request to `/v2/subscriptions/offerings/{offering_uuid}/features`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `body`
```ignore
let response = client.create_offering_feature()
    .offering_uuid(offering_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_offering_feature(&self) -> builder::CreateOfferingFeature<'_> {
        builder::CreateOfferingFeature::new(self)
    }
    /**List an offering's plans

Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}/plans`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_offering_plans()
    .offering_uuid(offering_uuid)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_offering_plans(&self) -> builder::ListOfferingPlans<'_> {
        builder::ListOfferingPlans::new(self)
    }
    /**Create a plan inside an offering

After saving an offering, you can add new plans to it at any time.


Sends a `POST` request to `/v2/subscriptions/offerings/{offering_uuid}/plans`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `body`
```ignore
let response = client.create_offering_plan()
    .offering_uuid(offering_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_offering_plan(&self) -> builder::CreateOfferingPlan<'_> {
        builder::CreateOfferingPlan::new(self)
    }
    /**Get a plan in an offering

Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `plan_uuid`: The unique identifier of the plan.
```ignore
let response = client.get_offering_plan()
    .offering_uuid(offering_uuid)
    .plan_uuid(plan_uuid)
    .send()
    .await;
```*/
    pub fn get_offering_plan(&self) -> builder::GetOfferingPlan<'_> {
        builder::GetOfferingPlan::new(self)
    }
    /**Update a plan in an offering

Use the unique identifier of the plan in the offering that you want to update. Any modifications that you make to the plans in an offering, does not affect any active subscriptions. The changes take effect on all new subscriptions that are created.

Sends a `PUT` request to `/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `plan_uuid`: The unique identifier of the plan.
- `body`
```ignore
let response = client.update_offering_plan()
    .offering_uuid(offering_uuid)
    .plan_uuid(plan_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_offering_plan(&self) -> builder::UpdateOfferingPlan<'_> {
        builder::UpdateOfferingPlan::new(self)
    }
    /**Remove a plan from an offering

After saving an offering, you can remove plans from it at any time.

 Removing a plan from an offering does not affect any existing active subscriptions. The changes take effect on all new subscriptions that are created.


Sends a `DELETE` request to `/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `plan_uuid`: The unique identifier of the plan.
```ignore
let response = client.delete_offering_plan()
    .offering_uuid(offering_uuid)
    .plan_uuid(plan_uuid)
    .send()
    .await;
```*/
    pub fn delete_offering_plan(&self) -> builder::DeleteOfferingPlan<'_> {
        builder::DeleteOfferingPlan::new(self)
    }
    /**List the pricing options available to a plan in an offering

Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `plan_uuid`: The unique identifier of the plan.
```ignore
let response = client.list_offering_plan_pricing_options()
    .offering_uuid(offering_uuid)
    .plan_uuid(plan_uuid)
    .send()
    .await;
```*/
    pub fn list_offering_plan_pricing_options(
        &self,
    ) -> builder::ListOfferingPlanPricingOptions<'_> {
        builder::ListOfferingPlanPricingOptions::new(self)
    }
    /**Adds an offering's pricing options to the plan

Use the unique identifier of the pricing in the offering that you want to update. Any modifications that you make to the plans in an offering, does not affect any active subscriptions. The changes take effect on all new subscriptions that are created.

Sends a `POST` request to `/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `plan_uuid`: The unique identifier of the plan.
- `body`
```ignore
let response = client.add_offering_plan_pricing_options()
    .offering_uuid(offering_uuid)
    .plan_uuid(plan_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_offering_plan_pricing_options(
        &self,
    ) -> builder::AddOfferingPlanPricingOptions<'_> {
        builder::AddOfferingPlanPricingOptions::new(self)
    }
    /**Removes an offering's pricing options from the plan

Use the unique identifier of the pricing in the offering that you want to update. Any modifications that you make to the plans in an offering, does not affect any active subscriptions. The changes take effect on all new subscriptions that are created.

Sends a `DELETE` request to `/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options`

Arguments:
- `offering_uuid`: The unique identifier of the offering.
- `plan_uuid`: The unique identifier of the plan.
- `body`
```ignore
let response = client.remove_offering_plan_pricing_options()
    .offering_uuid(offering_uuid)
    .plan_uuid(plan_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn remove_offering_plan_pricing_options(
        &self,
    ) -> builder::RemoveOfferingPlanPricingOptions<'_> {
        builder::RemoveOfferingPlanPricingOptions::new(self)
    }
    /**List subscriptions

Retrieves a list of all subscriptions.

### Filtering

This endpoint supports filtering. For the general syntax, see [**Filtering**](/guides/Getting-Started/filtering).

The following attributes and operators are supported.

| Operator | Attribute | Description |
| --- | --- | --- |
| `eq` | `account_id`, `name`, `email`, `external_ref` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
| `in` | `account_id`, `name`, `email`, `external_ref` | In. Checks if the value is in the specified list. If it is, the condition is true. |

### Including Resources

You can use the `include` parameter to include the following resources with this endpoint.

| Resource | Required | Description |
| --- | --- | --- |
| `pricing_options, plans` | Optional | Retrieves all pricing options and plans associated with a subscription. |
| `plans` | Optional | Retrieves all plans associated with a subscription. |
| `pricing_options` | Optional | Retrieves all pricing options associated with a subscription. |

See [Characteristics of Include Parameter](/guides/Getting-Started/includes#characteristics-of-include-parameter).


Sends a `GET` request to `/v2/subscriptions/subscriptions`

Arguments:
- `filter`
- `include`
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_subscriptions()
    .filter(filter)
    .include(include)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_subscriptions(&self) -> builder::ListSubscriptions<'_> {
        builder::ListSubscriptions::new(self)
    }
    /**Create a subscription

Sends a `POST` request to `/v2/subscriptions/subscriptions`

```ignore
let response = client.create_subscription()
    .filter(filter)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_subscription(&self) -> builder::CreateSubscription<'_> {
        builder::CreateSubscription::new(self)
    }
    /**Get subscription

Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
- `include`
```ignore
let response = client.get_subscription()
    .subscription_uuid(subscription_uuid)
    .include(include)
    .send()
    .await;
```*/
    pub fn get_subscription(&self) -> builder::GetSubscription<'_> {
        builder::GetSubscription::new(self)
    }
    /**Update a subscription

Updates a subscription. For example, a subscriber can switch from one pricing option to another in a subscription.


Sends a `PUT` request to `/v2/subscriptions/subscriptions/{subscription_uuid}`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
- `body`
```ignore
let response = client.update_subscription()
    .subscription_uuid(subscription_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_subscription(&self) -> builder::UpdateSubscription<'_> {
        builder::UpdateSubscription::new(self)
    }
    /**Delete a subscription

Deletes a subscription


Sends a `DELETE` request to `/v2/subscriptions/subscriptions/{subscription_uuid}`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
```ignore
let response = client.delete_subscription()
    .subscription_uuid(subscription_uuid)
    .send()
    .await;
```*/
    pub fn delete_subscription(&self) -> builder::DeleteSubscription<'_> {
        builder::DeleteSubscription::new(self)
    }
    /**Get a feature in a subscription

Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/features/{feature_uuid}`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
- `feature_uuid`: The unique identifier of the feature.
```ignore
let response = client.get_subscription_feature()
    .subscription_uuid(subscription_uuid)
    .feature_uuid(feature_uuid)
    .send()
    .await;
```*/
    pub fn get_subscription_feature(&self) -> builder::GetSubscriptionFeature<'_> {
        builder::GetSubscriptionFeature::new(self)
    }
    /**Get a plan in a subscription

Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/plans/{plan_uuid}`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
- `plan_uuid`: The unique identifier of the plan.
```ignore
let response = client.get_subscription_plan()
    .subscription_uuid(subscription_uuid)
    .plan_uuid(plan_uuid)
    .send()
    .await;
```*/
    pub fn get_subscription_plan(&self) -> builder::GetSubscriptionPlan<'_> {
        builder::GetSubscriptionPlan::new(self)
    }
    /**Get a pricing option in a subscription

Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/pricing-options/{pricing_option_uuid}`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
- `pricing_option_uuid`: The unique identifier of the pricing option.
```ignore
let response = client.get_subscription_pricing_option()
    .subscription_uuid(subscription_uuid)
    .pricing_option_uuid(pricing_option_uuid)
    .send()
    .await;
```*/
    pub fn get_subscription_pricing_option(
        &self,
    ) -> builder::GetSubscriptionPricingOption<'_> {
        builder::GetSubscriptionPricingOption::new(self)
    }
    /**List an subscriptions features

Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/features`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_subscription_features()
    .subscription_uuid(subscription_uuid)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_subscription_features(&self) -> builder::ListSubscriptionFeatures<'_> {
        builder::ListSubscriptionFeatures::new(self)
    }
    /**List subscription plans

Retrieves a list of plans associated with the specified subscription. Using this endpoint you can see the plan that is currently active in a subscription. If `active_plan` is `true`, a plan is active in a subscription. If `active_plan` is null, the pricing option is not active.

Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/plans`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
```ignore
let response = client.list_subscription_plans()
    .subscription_uuid(subscription_uuid)
    .send()
    .await;
```*/
    pub fn list_subscription_plans(&self) -> builder::ListSubscriptionPlans<'_> {
        builder::ListSubscriptionPlans::new(self)
    }
    /**Manage subscription plans

Manage subscription plans by replacing, changing or detaching plans on the subscription

Sends a `PUT` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/plans`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
- `body`
```ignore
let response = client.manage_subscription_plans()
    .subscription_uuid(subscription_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn manage_subscription_plans(&self) -> builder::ManageSubscriptionPlans<'_> {
        builder::ManageSubscriptionPlans::new(self)
    }
    /**List subscription pricing options

Retrieves a list of pricing options associated with the specified subscription. Using this endpoint you can see the pricing options that are currently active in a subscription. If `active_pricing_option` is `true`, a pricing option is active in a subscription. If `active_pricing_option` is null, the pricing option is not active.

Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/pricing-options`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
```ignore
let response = client.list_subscription_pricing_options()
    .subscription_uuid(subscription_uuid)
    .send()
    .await;
```*/
    pub fn list_subscription_pricing_options(
        &self,
    ) -> builder::ListSubscriptionPricingOptions<'_> {
        builder::ListSubscriptionPricingOptions::new(self)
    }
    /**List subscription states

Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/states`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
```ignore
let response = client.list_subscription_states()
    .subscription_uuid(subscription_uuid)
    .send()
    .await;
```*/
    pub fn list_subscription_states(&self) -> builder::ListSubscriptionStates<'_> {
        builder::ListSubscriptionStates::new(self)
    }
    /**Create a subscription state

The subscription lifecycle is the states that a subscription can go through when a customer subscribes to a service or a plan.

A subscription can have the following states:

- `pending`
- `canceled`
- `paused`
- `resumed`
For more information, see [Managing the Subscription Lifecycle](/docs/api/subscriptions/subscriptions#managing-the-subscription-lifecycle).

Immediate cancellation (`cancel` with `cancel_immediately: true`) ends the subscription and updates entitlements in this request; it does **not** issue refunds or modify paid invoices. Use payments refund flows separately if needed.


Sends a `POST` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/states`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
- `body`
```ignore
let response = client.create_subscription_state()
    .subscription_uuid(subscription_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_subscription_state(&self) -> builder::CreateSubscriptionState<'_> {
        builder::CreateSubscriptionState::new(self)
    }
    /**Get subscription state

Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/states/{state_uuid}`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
- `state_uuid`: The unique identifier of the subscription state.
```ignore
let response = client.get_subscription_state()
    .subscription_uuid(subscription_uuid)
    .state_uuid(state_uuid)
    .send()
    .await;
```*/
    pub fn get_subscription_state(&self) -> builder::GetSubscriptionState<'_> {
        builder::GetSubscriptionState::new(self)
    }
    /**List jobs

Retrieves a list of all jobs.

### Filtering

This endpoint supports filtering. For the general syntax, see [**Filtering**](/guides/Getting-Started/filtering).

The following attributes and operators are supported.

| Operator | Attribute | Description |
| --- | --- | --- |
| `eq` | `external_ref` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
| `in` | `external_ref` | In. Checks if the value is in the specified list. If it is, the condition is true. |


Sends a `GET` request to `/v2/subscriptions/jobs`

Arguments:
- `filter`
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_jobs()
    .filter(filter)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_jobs(&self) -> builder::ListJobs<'_> {
        builder::ListJobs::new(self)
    }
    /**Create a job

Sends a `POST` request to `/v2/subscriptions/jobs`

```ignore
let response = client.create_job()
    .filter(filter)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_job(&self) -> builder::CreateJob<'_> {
        builder::CreateJob::new(self)
    }
    /**Get job

Sends a `GET` request to `/v2/subscriptions/jobs/{job_uuid}`

Arguments:
- `job_uuid`: The unique identifier of the job.
```ignore
let response = client.get_job()
    .job_uuid(job_uuid)
    .send()
    .await;
```*/
    pub fn get_job(&self) -> builder::GetJob<'_> {
        builder::GetJob::new(self)
    }
    /**Delete job

Sends a `DELETE` request to `/v2/subscriptions/jobs/{job_uuid}`

Arguments:
- `job_uuid`: The unique identifier of the job.
```ignore
let response = client.delete_job()
    .job_uuid(job_uuid)
    .send()
    .await;
```*/
    pub fn delete_job(&self) -> builder::DeleteJob<'_> {
        builder::DeleteJob::new(self)
    }
    /**List import jobs

Retrieves a list of all import jobs.


Sends a `GET` request to `/v2/subscriptions/imports`

Arguments:
- `filter`
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_import_jobs()
    .filter(filter)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_import_jobs(&self) -> builder::ListImportJobs<'_> {
        builder::ListImportJobs::new(self)
    }
    /**Import a dataset

Sends a `POST` request to `/v2/subscriptions/imports`

```ignore
let response = client.create_import()
    .filter(filter)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_import(&self) -> builder::CreateImport<'_> {
        builder::CreateImport::new(self)
    }
    /**Get import

Retrieves the import job for the specified ID.

Sends a `GET` request to `/v2/subscriptions/imports/{import_uuid}`

Arguments:
- `import_uuid`: The unique identifier of the import.
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.get_import()
    .import_uuid(import_uuid)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn get_import(&self) -> builder::GetImport<'_> {
        builder::GetImport::new(self)
    }
    /**Get import errors

Retrieves all errors encountered as part of the import. Each error is attributed to a line in the JSONL file
imported, so for example, if at line 1 in your JSONL you had a subscription_offering without a name, there would
be a minimum string error for the `name` attribute with `"line_number": 1`.

Errors are also ordered by line number ascending, and can be paginated.


Sends a `GET` request to `/v2/subscriptions/imports/{import_uuid}/errors`

Arguments:
- `import_uuid`: The unique identifier of the import.
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.get_import_errors()
    .import_uuid(import_uuid)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn get_import_errors(&self) -> builder::GetImportErrors<'_> {
        builder::GetImportErrors::new(self)
    }
    /**List subscription invoices

Lists all invoices for a given subscription.

Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/invoices`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_subscription_invoices()
    .subscription_uuid(subscription_uuid)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_subscription_invoices(&self) -> builder::ListSubscriptionInvoices<'_> {
        builder::ListSubscriptionInvoices::new(self)
    }
    /**List subscription invoice payments

Lists all invoice payments for a given invoice.

Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}/payments`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
- `invoice_uuid`: The unique identifier of the invoice.
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_subscription_invoice_payments()
    .subscription_uuid(subscription_uuid)
    .invoice_uuid(invoice_uuid)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_subscription_invoice_payments(
        &self,
    ) -> builder::ListSubscriptionInvoicePayments<'_> {
        builder::ListSubscriptionInvoicePayments::new(self)
    }
    /**Get subscription invoice payment

Gets a specific payment for a given invoice.

Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}/payments/{payment_uuid}`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
- `invoice_uuid`: The unique identifier of the invoice.
- `payment_uuid`: The unique identifier of the payment.
```ignore
let response = client.get_subscription_invoice_payment()
    .subscription_uuid(subscription_uuid)
    .invoice_uuid(invoice_uuid)
    .payment_uuid(payment_uuid)
    .send()
    .await;
```*/
    pub fn get_subscription_invoice_payment(
        &self,
    ) -> builder::GetSubscriptionInvoicePayment<'_> {
        builder::GetSubscriptionInvoicePayment::new(self)
    }
    /**Get subscription invoice

Gets a specific invoice for a given subscription.

Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}`

Arguments:
- `subscription_uuid`: The unique identifier of the subscription.
- `invoice_uuid`: The unique identifier of the invoice.
```ignore
let response = client.get_subscription_invoice()
    .subscription_uuid(subscription_uuid)
    .invoice_uuid(invoice_uuid)
    .send()
    .await;
```*/
    pub fn get_subscription_invoice(&self) -> builder::GetSubscriptionInvoice<'_> {
        builder::GetSubscriptionInvoice::new(self)
    }
    /**List invoices

Retrieves a list of all invoices.

### Filtering

This endpoint supports filtering. For the general syntax, see [**Filtering**](/guides/Getting-Started/filtering).

The following attributes and operators are supported.

| Operator |Attribute | Description |
| --- | --- | --- |
| `eq` | `subscriber_id`, `subscription_id`, `outstanding`, `tax_required` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
| `in` | `subscriber_id`, `subscription_id` | In. Checks if the value is in the specified list. If it is, the condition is true. |


Sends a `GET` request to `/v2/subscriptions/invoices`

Arguments:
- `filter`
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_invoices()
    .filter(filter)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_invoices(&self) -> builder::ListInvoices<'_> {
        builder::ListInvoices::new(self)
    }
    /**Get invoice

Sends a `GET` request to `/v2/subscriptions/invoices/{invoice_uuid}`

Arguments:
- `invoice_uuid`: The unique identifier of the invoice.
```ignore
let response = client.get_invoice()
    .invoice_uuid(invoice_uuid)
    .send()
    .await;
```*/
    pub fn get_invoice(&self) -> builder::GetInvoice<'_> {
        builder::GetInvoice::new(self)
    }
    /**List invoice payments

Sends a `GET` request to `/v2/subscriptions/invoices/{invoice_uuid}/payments`

Arguments:
- `invoice_uuid`: The unique identifier of the invoice.
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_invoice_payments()
    .invoice_uuid(invoice_uuid)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_invoice_payments(&self) -> builder::ListInvoicePayments<'_> {
        builder::ListInvoicePayments::new(self)
    }
    /**Get invoice payment

Sends a `GET` request to `/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}`

Arguments:
- `invoice_uuid`: The unique identifier of the invoice.
- `payment_uuid`: The unique identifier of the payment.
```ignore
let response = client.get_invoice_payment()
    .invoice_uuid(invoice_uuid)
    .payment_uuid(payment_uuid)
    .send()
    .await;
```*/
    pub fn get_invoice_payment(&self) -> builder::GetInvoicePayment<'_> {
        builder::GetInvoicePayment::new(self)
    }
    /**Update Invoice Payment

External payment methods are payment methods not offered by Elastic Path Subscriptions (such as Elastic Path Payments powered by Stripe or Authorize.net), but they can still be integrated with Subscriptions. You can use the `Update Invoice Payment` endpoint to manually update a payment against an invoice where an external payment method is handling the payment of your invoices. See [External Payments](/docs/api/subscriptions/invoices#external-payments).


Sends a `PUT` request to `/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}`

Arguments:
- `invoice_uuid`: The unique identifier of the invoice.
- `payment_uuid`: The unique identifier of the payment.
- `body`
```ignore
let response = client.update_invoice_payment()
    .invoice_uuid(invoice_uuid)
    .payment_uuid(payment_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_invoice_payment(&self) -> builder::UpdateInvoicePayment<'_> {
        builder::UpdateInvoicePayment::new(self)
    }
    /**List invoice payment refunds

List all refunds for an invoice payments

Sends a `GET` request to `/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds`

Arguments:
- `invoice_uuid`: The unique identifier of the invoice.
- `payment_uuid`: The unique identifier of the payment.
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_invoice_payment_refunds()
    .invoice_uuid(invoice_uuid)
    .payment_uuid(payment_uuid)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_invoice_payment_refunds(
        &self,
    ) -> builder::ListInvoicePaymentRefunds<'_> {
        builder::ListInvoicePaymentRefunds::new(self)
    }
    /**Create a refund for an invoice payment

Creates a refund for a paid invoice.

Sends a `POST` request to `/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds`

Arguments:
- `invoice_uuid`: The unique identifier of the invoice.
- `payment_uuid`: The unique identifier of the payment.
- `body`
```ignore
let response = client.create_invoice_payment_refund()
    .invoice_uuid(invoice_uuid)
    .payment_uuid(payment_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_invoice_payment_refund(
        &self,
    ) -> builder::CreateInvoicePaymentRefund<'_> {
        builder::CreateInvoicePaymentRefund::new(self)
    }
    /**Get a refund for an invoice payment

Get a refund for a paid invoice.

Sends a `GET` request to `/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds/{refund_uuid}`

Arguments:
- `invoice_uuid`: The unique identifier of the invoice.
- `payment_uuid`: The unique identifier of the payment.
- `refund_uuid`: The unique identifier of the refund.
```ignore
let response = client.get_invoice_payment_refund()
    .invoice_uuid(invoice_uuid)
    .payment_uuid(payment_uuid)
    .refund_uuid(refund_uuid)
    .send()
    .await;
```*/
    pub fn get_invoice_payment_refund(&self) -> builder::GetInvoicePaymentRefund<'_> {
        builder::GetInvoicePaymentRefund::new(self)
    }
    /**List schedules

Retrieves a list of all schedules.

### Filtering

This endpoint supports filtering. For the general syntax, see [**Filtering**](/guides/Getting-Started/filtering).

The following attributes and operators are supported.

| Operator | Attribute | Description |
| --- | --- | --- |
| `eq` | `external_ref` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
| `in` | `external_ref` | In. Checks if the value is in the specified list. If it is, the condition is true. |


Sends a `GET` request to `/v2/subscriptions/schedules`

Arguments:
- `filter`
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_schedules()
    .filter(filter)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_schedules(&self) -> builder::ListSchedules<'_> {
        builder::ListSchedules::new(self)
    }
    /**Create a schedule

Sends a `POST` request to `/v2/subscriptions/schedules`

```ignore
let response = client.create_schedule()
    .filter(filter)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_schedule(&self) -> builder::CreateSchedule<'_> {
        builder::CreateSchedule::new(self)
    }
    /**Get a schedule

Sends a `GET` request to `/v2/subscriptions/schedules/{schedule_uuid}`

Arguments:
- `schedule_uuid`: The unique identifier of the schedule.
```ignore
let response = client.get_schedule()
    .schedule_uuid(schedule_uuid)
    .send()
    .await;
```*/
    pub fn get_schedule(&self) -> builder::GetSchedule<'_> {
        builder::GetSchedule::new(self)
    }
    /**Update a schedule

Sends a `PUT` request to `/v2/subscriptions/schedules/{schedule_uuid}`

Arguments:
- `schedule_uuid`: The unique identifier of the schedule.
- `body`
```ignore
let response = client.update_schedule()
    .schedule_uuid(schedule_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_schedule(&self) -> builder::UpdateSchedule<'_> {
        builder::UpdateSchedule::new(self)
    }
    /**Delete schedule

Sends a `DELETE` request to `/v2/subscriptions/schedules/{schedule_uuid}`

Arguments:
- `schedule_uuid`: The unique identifier of the schedule.
```ignore
let response = client.delete_schedule()
    .schedule_uuid(schedule_uuid)
    .send()
    .await;
```*/
    pub fn delete_schedule(&self) -> builder::DeleteSchedule<'_> {
        builder::DeleteSchedule::new(self)
    }
    /**List subscribers

Retrieves a list of all subscribers.

### Filtering

This endpoint supports filtering. For the general syntax, see [**Filtering**](/guides/Getting-Started/filtering).

The following attributes and operators are supported.

| Operator | Attribute | Description |
| --- | --- | --- |
| `eq` | `account_id`, `name`, `email`, `external_ref` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
| `in` | `account_id`, `name`, `email`, `external_ref` | In. Checks if the value is in the specified list. If it is, the condition is true. |
| `like` | `name`, `email` | Partial match (case-sensitive). Use `*` at the start, end, or both to match any sequence of characters (e.g. `*substring`, `substring*`, `*substring*`). |
| `ilike` | `name`, `email` | Partial match (case-insensitive). Same as `like` but matching ignores case. Use `*` at the start, end, or both to match any sequence of characters. |


Sends a `GET` request to `/v2/subscriptions/subscribers`

Arguments:
- `filter`
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_subscribers()
    .filter(filter)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_subscribers(&self) -> builder::ListSubscribers<'_> {
        builder::ListSubscribers::new(self)
    }
    /**Create a subscriber

Sends a `POST` request to `/v2/subscriptions/subscribers`

```ignore
let response = client.create_subscriber()
    .filter(filter)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_subscriber(&self) -> builder::CreateSubscriber<'_> {
        builder::CreateSubscriber::new(self)
    }
    /**Get a subscriber

Sends a `GET` request to `/v2/subscriptions/subscribers/{subscriber_uuid}`

Arguments:
- `subscriber_uuid`: The unique identifier of the subscriber.
```ignore
let response = client.get_subscriber()
    .subscriber_uuid(subscriber_uuid)
    .send()
    .await;
```*/
    pub fn get_subscriber(&self) -> builder::GetSubscriber<'_> {
        builder::GetSubscriber::new(self)
    }
    /**Update a subscriber

Sends a `PUT` request to `/v2/subscriptions/subscribers/{subscriber_uuid}`

Arguments:
- `subscriber_uuid`: The unique identifier of the subscriber.
- `body`
```ignore
let response = client.update_subscriber()
    .subscriber_uuid(subscriber_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_subscriber(&self) -> builder::UpdateSubscriber<'_> {
        builder::UpdateSubscriber::new(self)
    }
    /**Delete subscriber

Sends a `DELETE` request to `/v2/subscriptions/subscribers/{subscriber_uuid}`

Arguments:
- `subscriber_uuid`: The unique identifier of the subscriber.
```ignore
let response = client.delete_subscriber()
    .subscriber_uuid(subscriber_uuid)
    .send()
    .await;
```*/
    pub fn delete_subscriber(&self) -> builder::DeleteSubscriber<'_> {
        builder::DeleteSubscriber::new(self)
    }
    /**List dunning rules

Retrieves a list of all dunning rule sets.


Sends a `GET` request to `/v2/subscriptions/dunning-rules`

Arguments:
- `filter`
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_dunning_rules()
    .filter(filter)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_dunning_rules(&self) -> builder::ListDunningRules<'_> {
        builder::ListDunningRules::new(self)
    }
    /**Create a dunning rule

Dunning rules must use a `fixed` strategy. This means payments are retried on a fixed schedule.

When an invoice is created, it immediately becomes eligible for payment by the next payment run. If the first payment attempt fails then the invoice enters dunning. In subsequent payment runs, invoices are only  considered for payment if they meet the dunning rules you create.

You can configure a dunning rule to be the default for your store. There can only be one default rule per store. All invoices in your store will then perform dunning according to the specified rules.

:::note
If no dunning rule is configured, then payment is retried once a day for 10 days, in total 11 payments. You can decide what action to take after the Subscriptions has stopped retrying the payments.
:::

The following attributes are used to define a `fixed` schedule:

- `payment_retry_unit - the unit of time used to measure the intervals between payment attempts or retries.
- `payment_retry_interval` - the number of `payment_interval-units` to wait between each payment retry attempt.
- `payment_retries_limit` - the number of times subscriptions attempts payments retries before an `action` is taken.
- `action` - the action to take if payment is not successful.

For example, if:

- the `payment_retry_unit` is `days`
- the `payment_retry_interval` is `2`
- the `payment_rety_limit` is `10`
- the `action` is `close`.

Subscriptions attempts to retry the payment every 2 days until 10 payment attempts have been tried. At that point, the subscription ends and it's status changes to `inacive`.

Following on from this, you can specify that the dunning rule is no longer the default. You do not have to specify another rule to replace it. If you do remove the default dunning rule, the store defaults to the behavior that is followed when dunning is not enabled.


Sends a `POST` request to `/v2/subscriptions/dunning-rules`

```ignore
let response = client.create_dunning_rule()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_dunning_rule(&self) -> builder::CreateDunningRule<'_> {
        builder::CreateDunningRule::new(self)
    }
    /**Get dunning rule policy

Sends a `GET` request to `/v2/subscriptions/dunning-rules/{dunning_rule_uuid}`

Arguments:
- `dunning_rule_uuid`: The unique identifier of a dunning rule set.
```ignore
let response = client.get_dunning_rule()
    .dunning_rule_uuid(dunning_rule_uuid)
    .send()
    .await;
```*/
    pub fn get_dunning_rule(&self) -> builder::GetDunningRule<'_> {
        builder::GetDunningRule::new(self)
    }
    /**Update dunning rule policy

Specify whichever attributes you want to change. The values of the other attributes remain the same. If the attributes section is empty, the rule is not updated. For fields that are optional, an existing value can be removed by specifying a value of null.

Sends a `PUT` request to `/v2/subscriptions/dunning-rules/{dunning_rule_uuid}`

Arguments:
- `dunning_rule_uuid`: The unique identifier of a dunning rule set.
- `body`
```ignore
let response = client.update_dunning_rule()
    .dunning_rule_uuid(dunning_rule_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_dunning_rule(&self) -> builder::UpdateDunningRule<'_> {
        builder::UpdateDunningRule::new(self)
    }
    /**Delete dunning rules

You can delete a dunning rule at any time. If a dunning rule is deleted then Subscriptions reverts to the configuration used if no dunning rule is set; payment is retried once a day for 10 days, in total 11 payments. You can decide what action to take after the Subscriptions has stopped retrying the payments. See [Dunning Rules](/docs/api/subscriptions/dunning-rules).

Sends a `DELETE` request to `/v2/subscriptions/dunning-rules/{dunning_rule_uuid}`

Arguments:
- `dunning_rule_uuid`: The unique identifier of a dunning rule set.
```ignore
let response = client.delete_dunning_rule()
    .dunning_rule_uuid(dunning_rule_uuid)
    .send()
    .await;
```*/
    pub fn delete_dunning_rule(&self) -> builder::DeleteDunningRule<'_> {
        builder::DeleteDunningRule::new(self)
    }
    /**List proration policies

Retrieves a list of all proration policies.


Sends a `GET` request to `/v2/subscriptions/proration-policies`

Arguments:
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_proration_policies()
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_proration_policies(&self) -> builder::ListProrationPolicies<'_> {
        builder::ListProrationPolicies::new(self)
    }
    /**Create a Proration Policy

In Subscriptions, you configure proration by creating a proration policy and attaching it to an offering. Once you have [attached](/docs/api/subscriptions/update-offering) the policy, the proration policy applies to all subscriptions that use the offering.


Sends a `POST` request to `/v2/subscriptions/proration-policies`

```ignore
let response = client.create_proration_policy()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_proration_policy(&self) -> builder::CreateProrationPolicy<'_> {
        builder::CreateProrationPolicy::new(self)
    }
    /**Get proration policy

Sends a `GET` request to `/v2/subscriptions/proration-policies/{proration_policy_uuid}`

Arguments:
- `proration_policy_uuid`: The unique identifier of a proration policy.
```ignore
let response = client.get_proration_policy()
    .proration_policy_uuid(proration_policy_uuid)
    .send()
    .await;
```*/
    pub fn get_proration_policy(&self) -> builder::GetProrationPolicy<'_> {
        builder::GetProrationPolicy::new(self)
    }
    /**Update proration policy

You can update a proration policy at any time. For any subscriptions that are using the updated proration policy, the changes are also applied. Specify whichever attributes you want to change. The values of the other attributes remain the same. If the attributes section is empty, the proration policy is not updated.

When updating proration policies:

- You can change the name of an existing policy.
- You can update `rounding`.
- You can update `external_ref` as long as `external_ref` is still unique in  your store.
- You can remove `external_ref` as this attribute is optional.
- You cannot remove any required attributes, such as `name` or `rounding`.


Sends a `PUT` request to `/v2/subscriptions/proration-policies/{proration_policy_uuid}`

Arguments:
- `proration_policy_uuid`: The unique identifier of a proration policy.
- `body`
```ignore
let response = client.update_proration_policy()
    .proration_policy_uuid(proration_policy_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_proration_policy(&self) -> builder::UpdateProrationPolicy<'_> {
        builder::UpdateProrationPolicy::new(self)
    }
    /**Delete proration policy

A proration policy cannot be deleted if it is being used by any subscriptions. This means you must detach a proration policy that you want to delete from any offerings using that policy before deleting the policy. See [Remove a proration policy from an offering](/docs/api/subscriptions/update-offering).

Sends a `DELETE` request to `/v2/subscriptions/proration-policies/{proration_policy_uuid}`

Arguments:
- `proration_policy_uuid`: The unique identifier of a proration policy.
```ignore
let response = client.delete_proration_policy()
    .proration_policy_uuid(proration_policy_uuid)
    .send()
    .await;
```*/
    pub fn delete_proration_policy(&self) -> builder::DeleteProrationPolicy<'_> {
        builder::DeleteProrationPolicy::new(self)
    }
    /**List features

Retrieves a list of all subscription features.

### Filtering

This endpoint supports filtering. For the general syntax, see [**Filtering**](/guides/Getting-Started/filtering).

The following attributes and operators are supported.

| Operator | Attribute | Description |
| --- | --- | --- |
| `eq` | `external_ref` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
| `eq` | `tag` | Equals. Checks if the values of two operands are equal. If they are, the condition is true. |
| `in` | `external_ref`, `tag` | In. Checks if the value is in the specified list. If it is, the condition is true. |


Sends a `GET` request to `/v2/subscriptions/features`

Arguments:
- `filter`
- `page_limit`: The maximum number of records per page for this response. You can set this value up to 100. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
- `page_offset`: The current offset by number of records, not pages. Offset is zero-based. The maximum records you can offset is 10,000. If no page size is set, the [page length](/docs/commerce-cloud/global-project-settings/settings-overview#page-length) store setting is used.
```ignore
let response = client.list_features()
    .filter(filter)
    .page_limit(page_limit)
    .page_offset(page_offset)
    .send()
    .await;
```*/
    pub fn list_features(&self) -> builder::ListFeatures<'_> {
        builder::ListFeatures::new(self)
    }
    /**Create a feature

Sends a `POST` request to `/v2/subscriptions/features`

```ignore
let response = client.create_feature()
    .filter(filter)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_feature(&self) -> builder::CreateFeature<'_> {
        builder::CreateFeature::new(self)
    }
    /**Get feature

Sends a `GET` request to `/v2/subscriptions/features/{feature_uuid}`

Arguments:
- `feature_uuid`: The unique identifier of a feature.
```ignore
let response = client.get_feature()
    .feature_uuid(feature_uuid)
    .send()
    .await;
```*/
    pub fn get_feature(&self) -> builder::GetFeature<'_> {
        builder::GetFeature::new(self)
    }
    /**Update a feature

Specify whichever attributes you want to change. The values of the other attributes remain the same. If the attributes section is empty, the feature is not updated. For fields that are optional, an existing value can be removed by specifying a value of null.

Sends a `PUT` request to `/v2/subscriptions/features/{feature_uuid}`

Arguments:
- `feature_uuid`: The unique identifier of a feature.
- `body`
```ignore
let response = client.update_feature()
    .feature_uuid(feature_uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_feature(&self) -> builder::UpdateFeature<'_> {
        builder::UpdateFeature::new(self)
    }
    /**Delete feature

Remove a feature.

Sends a `DELETE` request to `/v2/subscriptions/features/{feature_uuid}`

Arguments:
- `feature_uuid`: The unique identifier of a feature.
```ignore
let response = client.delete_feature()
    .feature_uuid(feature_uuid)
    .send()
    .await;
```*/
    pub fn delete_feature(&self) -> builder::DeleteFeature<'_> {
        builder::DeleteFeature::new(self)
    }
}

/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;

    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_offerings`]

[`Client::list_offerings`]: super::Client::list_offerings*/
    #[derive(Debug, Clone)]
    pub struct ListOfferings<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        include: Result<
            Option<::std::vec::Vec<types::ListOfferingsIncludeItem>>,
            String,
        >,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListOfferings<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                include: Ok(None),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn include<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::ListOfferingsIncludeItem>>,
            V::Error: ::std::fmt::Display,
        {
            self.include = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("include: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/offerings`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListOfferingsOk>, Error<types::ErrorResponse>> {
            let Self { client, filter, include, page_limit, page_offset } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let include = include.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/offerings", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(
                    &progenitor_client::QueryParam::new(
                        "include",
                        &::elasticpath_subscriptions_client::__generated::CommaSeparated(
                            &include,
                        ),
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_offerings",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_offering`]

[`Client::create_offering`]: super::Client::create_offering*/
    #[derive(Debug, Clone)]
    pub struct CreateOffering<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateOfferingBody, String>,
    }

    impl<'a> CreateOffering<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateOfferingBody>,
            <V as std::convert::TryInto<
                types::CreateOfferingBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateOfferingBody` for body failed: {}", s)
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateOfferingBody,
            ) -> types::builder::CreateOfferingBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/offerings`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateOfferingCreated>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, filter, body } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateOfferingBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/offerings", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_offering",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::build_offering`]

[`Client::build_offering`]: super::Client::build_offering*/
    #[derive(Debug, Clone)]
    pub struct BuildOffering<'a> {
        client: &'a super::Client,
        body: Result<types::builder::BuildOfferingBody, String>,
    }

    impl<'a> BuildOffering<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BuildOfferingBody>,
            <V as std::convert::TryInto<
                types::BuildOfferingBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `BuildOfferingBody` for body failed: {}", s)
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BuildOfferingBody,
            ) -> types::builder::BuildOfferingBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/offerings/build`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::BuildOfferingCreated>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::BuildOfferingBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/offerings/build", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "build_offering",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_offering`]

[`Client::get_offering`]: super::Client::get_offering*/
    #[derive(Debug, Clone)]
    pub struct GetOffering<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        include: Result<Option<::std::vec::Vec<types::GetOfferingIncludeItem>>, String>,
    }

    impl<'a> GetOffering<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                include: Ok(None),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn include<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::GetOfferingIncludeItem>>,
            V::Error: ::std::fmt::Display,
        {
            self.include = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("include: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetOfferingOk>, Error<types::ErrorResponse>> {
            let Self { client, offering_uuid, include } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let include = include.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}", client.baseurl, encode_path(&
                offering_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "include",
                        &::elasticpath_subscriptions_client::__generated::CommaSeparated(
                            &include,
                        ),
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_offering",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_offering`]

[`Client::update_offering`]: super::Client::update_offering*/
    #[derive(Debug, Clone)]
    pub struct UpdateOffering<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::UpdateOfferingBody, String>,
    }

    impl<'a> UpdateOffering<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateOfferingBody>,
            <V as std::convert::TryInto<
                types::UpdateOfferingBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateOfferingBody` for body failed: {}", s)
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateOfferingBody,
            ) -> types::builder::UpdateOfferingBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/v2/subscriptions/offerings/{offering_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateOfferingOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, body } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateOfferingBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}", client.baseurl, encode_path(&
                offering_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_offering",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_offering`]

[`Client::delete_offering`]: super::Client::delete_offering*/
    #[derive(Debug, Clone)]
    pub struct DeleteOffering<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
    }

    impl<'a> DeleteOffering<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        ///Sends a `DELETE` request to `/v2/subscriptions/offerings/{offering_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, offering_uuid } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}", client.baseurl, encode_path(&
                offering_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_offering",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_offering_feature`]

[`Client::get_offering_feature`]: super::Client::get_offering_feature*/
    #[derive(Debug, Clone)]
    pub struct GetOfferingFeature<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        feature_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetOfferingFeature<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                feature_uuid: Err("feature_uuid was not initialized".to_string()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn feature_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.feature_uuid = value
                .try_into()
                .map_err(|e| format!("feature_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetOfferingFeatureOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, feature_uuid } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let feature_uuid = feature_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/features/{}", client.baseurl,
                encode_path(& offering_uuid.to_string()), encode_path(& feature_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_offering_feature",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_offering_feature`]

[`Client::update_offering_feature`]: super::Client::update_offering_feature*/
    #[derive(Debug, Clone)]
    pub struct UpdateOfferingFeature<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        feature_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::UpdateOfferingFeatureBody, String>,
    }

    impl<'a> UpdateOfferingFeature<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                feature_uuid: Err("feature_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn feature_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.feature_uuid = value
                .try_into()
                .map_err(|e| format!("feature_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateOfferingFeatureBody>,
            <V as std::convert::TryInto<
                types::UpdateOfferingFeatureBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateOfferingFeatureBody` for body failed: {}",
                        s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateOfferingFeatureBody,
            ) -> types::builder::UpdateOfferingFeatureBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateOfferingFeatureOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, feature_uuid, body } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let feature_uuid = feature_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateOfferingFeatureBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/features/{}", client.baseurl,
                encode_path(& offering_uuid.to_string()), encode_path(& feature_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_offering_feature",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_offering_feature`]

[`Client::delete_offering_feature`]: super::Client::delete_offering_feature*/
    #[derive(Debug, Clone)]
    pub struct DeleteOfferingFeature<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        feature_uuid: Result<types::Uuid, String>,
    }

    impl<'a> DeleteOfferingFeature<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                feature_uuid: Err("feature_uuid was not initialized".to_string()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn feature_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.feature_uuid = value
                .try_into()
                .map_err(|e| format!("feature_uuid: {e}"));
            self
        }

        ///Sends a `DELETE` request to `/v2/subscriptions/offerings/{offering_uuid}/features/{feature_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, offering_uuid, feature_uuid } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let feature_uuid = feature_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/features/{}", client.baseurl,
                encode_path(& offering_uuid.to_string()), encode_path(& feature_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_offering_feature",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::attach_offering_feature`]

[`Client::attach_offering_feature`]: super::Client::attach_offering_feature*/
    #[derive(Debug, Clone)]
    pub struct AttachOfferingFeature<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::AttachOfferingFeatureBody, String>,
    }

    impl<'a> AttachOfferingFeature<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AttachOfferingFeatureBody>,
            <V as std::convert::TryInto<
                types::AttachOfferingFeatureBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AttachOfferingFeatureBody` for body failed: {}",
                        s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AttachOfferingFeatureBody,
            ) -> types::builder::AttachOfferingFeatureBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/offerings/{offering_uuid}/features/attach`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AttachOfferingFeatureOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, body } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AttachOfferingFeatureBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/features/attach", client.baseurl,
                encode_path(& offering_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "attach_offering_feature",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_offering_pricing_options`]

[`Client::list_offering_pricing_options`]: super::Client::list_offering_pricing_options*/
    #[derive(Debug, Clone)]
    pub struct ListOfferingPricingOptions<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListOfferingPricingOptions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}/pricing-options`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListOfferingPricingOptionsOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, page_limit, page_offset } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/pricing-options", client.baseurl,
                encode_path(& offering_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_offering_pricing_options",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_offering_pricing_option`]

[`Client::create_offering_pricing_option`]: super::Client::create_offering_pricing_option*/
    #[derive(Debug, Clone)]
    pub struct CreateOfferingPricingOption<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::CreateOfferingPricingOptionBody, String>,
    }

    impl<'a> CreateOfferingPricingOption<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateOfferingPricingOptionBody>,
            <V as std::convert::TryInto<
                types::CreateOfferingPricingOptionBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateOfferingPricingOptionBody` for body failed: {}",
                        s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateOfferingPricingOptionBody,
            ) -> types::builder::CreateOfferingPricingOptionBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/offerings/{offering_uuid}/pricing-options`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateOfferingPricingOptionCreated>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, body } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateOfferingPricingOptionBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/pricing-options", client.baseurl,
                encode_path(& offering_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_offering_pricing_option",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_offering_pricing_option`]

[`Client::get_offering_pricing_option`]: super::Client::get_offering_pricing_option*/
    #[derive(Debug, Clone)]
    pub struct GetOfferingPricingOption<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        pricing_option_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetOfferingPricingOption<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                pricing_option_uuid: Err(
                    "pricing_option_uuid was not initialized".to_string(),
                ),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn pricing_option_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.pricing_option_uuid = value
                .try_into()
                .map_err(|e| format!("pricing_option_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetOfferingPricingOptionOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, pricing_option_uuid } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let pricing_option_uuid = pricing_option_uuid
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/pricing-options/{}", client.baseurl,
                encode_path(& offering_uuid.to_string()), encode_path(&
                pricing_option_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_offering_pricing_option",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_offering_pricing_option`]

[`Client::update_offering_pricing_option`]: super::Client::update_offering_pricing_option*/
    #[derive(Debug, Clone)]
    pub struct UpdateOfferingPricingOption<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        pricing_option_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::UpdateOfferingPricingOptionBody, String>,
    }

    impl<'a> UpdateOfferingPricingOption<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                pricing_option_uuid: Err(
                    "pricing_option_uuid was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn pricing_option_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.pricing_option_uuid = value
                .try_into()
                .map_err(|e| format!("pricing_option_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateOfferingPricingOptionBody>,
            <V as std::convert::TryInto<
                types::UpdateOfferingPricingOptionBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateOfferingPricingOptionBody` for body failed: {}",
                        s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateOfferingPricingOptionBody,
            ) -> types::builder::UpdateOfferingPricingOptionBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateOfferingPricingOptionOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, pricing_option_uuid, body } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let pricing_option_uuid = pricing_option_uuid
                .map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateOfferingPricingOptionBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/pricing-options/{}", client.baseurl,
                encode_path(& offering_uuid.to_string()), encode_path(&
                pricing_option_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_offering_pricing_option",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_offering_pricing_option`]

[`Client::delete_offering_pricing_option`]: super::Client::delete_offering_pricing_option*/
    #[derive(Debug, Clone)]
    pub struct DeleteOfferingPricingOption<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        pricing_option_uuid: Result<types::Uuid, String>,
    }

    impl<'a> DeleteOfferingPricingOption<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                pricing_option_uuid: Err(
                    "pricing_option_uuid was not initialized".to_string(),
                ),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn pricing_option_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.pricing_option_uuid = value
                .try_into()
                .map_err(|e| format!("pricing_option_uuid: {e}"));
            self
        }

        ///Sends a `DELETE` request to `/v2/subscriptions/offerings/{offering_uuid}/pricing-options/{pricing_option_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, offering_uuid, pricing_option_uuid } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let pricing_option_uuid = pricing_option_uuid
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/pricing-options/{}", client.baseurl,
                encode_path(& offering_uuid.to_string()), encode_path(&
                pricing_option_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_offering_pricing_option",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_offering_features`]

[`Client::list_offering_features`]: super::Client::list_offering_features*/
    #[derive(Debug, Clone)]
    pub struct ListOfferingFeatures<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListOfferingFeatures<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}/features`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListOfferingFeaturesOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, page_limit, page_offset } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/features", client.baseurl,
                encode_path(& offering_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_offering_features",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_offering_feature`]

[`Client::create_offering_feature`]: super::Client::create_offering_feature*/
    #[derive(Debug, Clone)]
    pub struct CreateOfferingFeature<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::CreateOfferingFeatureBody, String>,
    }

    impl<'a> CreateOfferingFeature<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateOfferingFeatureBody>,
            <V as std::convert::TryInto<
                types::CreateOfferingFeatureBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateOfferingFeatureBody` for body failed: {}",
                        s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateOfferingFeatureBody,
            ) -> types::builder::CreateOfferingFeatureBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/offerings/{offering_uuid}/features`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateOfferingFeatureCreated>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, body } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateOfferingFeatureBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/features", client.baseurl,
                encode_path(& offering_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_offering_feature",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_offering_plans`]

[`Client::list_offering_plans`]: super::Client::list_offering_plans*/
    #[derive(Debug, Clone)]
    pub struct ListOfferingPlans<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListOfferingPlans<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}/plans`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListOfferingPlansOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, page_limit, page_offset } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/plans", client.baseurl, encode_path(&
                offering_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_offering_plans",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_offering_plan`]

[`Client::create_offering_plan`]: super::Client::create_offering_plan*/
    #[derive(Debug, Clone)]
    pub struct CreateOfferingPlan<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::CreateOfferingPlanBody, String>,
    }

    impl<'a> CreateOfferingPlan<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateOfferingPlanBody>,
            <V as std::convert::TryInto<
                types::CreateOfferingPlanBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateOfferingPlanBody` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateOfferingPlanBody,
            ) -> types::builder::CreateOfferingPlanBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/offerings/{offering_uuid}/plans`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateOfferingPlanCreated>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, body } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateOfferingPlanBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/plans", client.baseurl, encode_path(&
                offering_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_offering_plan",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_offering_plan`]

[`Client::get_offering_plan`]: super::Client::get_offering_plan*/
    #[derive(Debug, Clone)]
    pub struct GetOfferingPlan<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        plan_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetOfferingPlan<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                plan_uuid: Err("plan_uuid was not initialized".to_string()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn plan_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.plan_uuid = value.try_into().map_err(|e| format!("plan_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetOfferingPlanOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, plan_uuid } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let plan_uuid = plan_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/plans/{}", client.baseurl,
                encode_path(& offering_uuid.to_string()), encode_path(& plan_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_offering_plan",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_offering_plan`]

[`Client::update_offering_plan`]: super::Client::update_offering_plan*/
    #[derive(Debug, Clone)]
    pub struct UpdateOfferingPlan<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        plan_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::UpdateOfferingPlanBody, String>,
    }

    impl<'a> UpdateOfferingPlan<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                plan_uuid: Err("plan_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn plan_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.plan_uuid = value.try_into().map_err(|e| format!("plan_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateOfferingPlanBody>,
            <V as std::convert::TryInto<
                types::UpdateOfferingPlanBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateOfferingPlanBody` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateOfferingPlanBody,
            ) -> types::builder::UpdateOfferingPlanBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateOfferingPlanOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, plan_uuid, body } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let plan_uuid = plan_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateOfferingPlanBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/plans/{}", client.baseurl,
                encode_path(& offering_uuid.to_string()), encode_path(& plan_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_offering_plan",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_offering_plan`]

[`Client::delete_offering_plan`]: super::Client::delete_offering_plan*/
    #[derive(Debug, Clone)]
    pub struct DeleteOfferingPlan<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        plan_uuid: Result<types::Uuid, String>,
    }

    impl<'a> DeleteOfferingPlan<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                plan_uuid: Err("plan_uuid was not initialized".to_string()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn plan_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.plan_uuid = value.try_into().map_err(|e| format!("plan_uuid: {e}"));
            self
        }

        ///Sends a `DELETE` request to `/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, offering_uuid, plan_uuid } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let plan_uuid = plan_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/plans/{}", client.baseurl,
                encode_path(& offering_uuid.to_string()), encode_path(& plan_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_offering_plan",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_offering_plan_pricing_options`]

[`Client::list_offering_plan_pricing_options`]: super::Client::list_offering_plan_pricing_options*/
    #[derive(Debug, Clone)]
    pub struct ListOfferingPlanPricingOptions<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        plan_uuid: Result<types::Uuid, String>,
    }

    impl<'a> ListOfferingPlanPricingOptions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                plan_uuid: Err("plan_uuid was not initialized".to_string()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn plan_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.plan_uuid = value.try_into().map_err(|e| format!("plan_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListOfferingPlanPricingOptionsOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, plan_uuid } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let plan_uuid = plan_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/plans/{}/relationships/pricing_options",
                client.baseurl, encode_path(& offering_uuid.to_string()), encode_path(&
                plan_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_offering_plan_pricing_options",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_offering_plan_pricing_options`]

[`Client::add_offering_plan_pricing_options`]: super::Client::add_offering_plan_pricing_options*/
    #[derive(Debug, Clone)]
    pub struct AddOfferingPlanPricingOptions<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        plan_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::RelationshipsRequest, String>,
    }

    impl<'a> AddOfferingPlanPricingOptions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                plan_uuid: Err("plan_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn plan_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.plan_uuid = value.try_into().map_err(|e| format!("plan_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RelationshipsRequest>,
            <V as std::convert::TryInto<
                types::RelationshipsRequest,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `RelationshipsRequest` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RelationshipsRequest,
            ) -> types::builder::RelationshipsRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AddOfferingPlanPricingOptionsOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, plan_uuid, body } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let plan_uuid = plan_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RelationshipsRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/plans/{}/relationships/pricing_options",
                client.baseurl, encode_path(& offering_uuid.to_string()), encode_path(&
                plan_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_offering_plan_pricing_options",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::remove_offering_plan_pricing_options`]

[`Client::remove_offering_plan_pricing_options`]: super::Client::remove_offering_plan_pricing_options*/
    #[derive(Debug, Clone)]
    pub struct RemoveOfferingPlanPricingOptions<'a> {
        client: &'a super::Client,
        offering_uuid: Result<types::Uuid, String>,
        plan_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::RelationshipsRequest, String>,
    }

    impl<'a> RemoveOfferingPlanPricingOptions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                offering_uuid: Err("offering_uuid was not initialized".to_string()),
                plan_uuid: Err("plan_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn offering_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.offering_uuid = value
                .try_into()
                .map_err(|e| format!("offering_uuid: {e}"));
            self
        }

        pub fn plan_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.plan_uuid = value.try_into().map_err(|e| format!("plan_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RelationshipsRequest>,
            <V as std::convert::TryInto<
                types::RelationshipsRequest,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `RelationshipsRequest` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RelationshipsRequest,
            ) -> types::builder::RelationshipsRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `DELETE` request to `/v2/subscriptions/offerings/{offering_uuid}/plans/{plan_uuid}/relationships/pricing_options`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RemoveOfferingPlanPricingOptionsOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, offering_uuid, plan_uuid, body } = self;
            let offering_uuid = offering_uuid.map_err(Error::InvalidRequest)?;
            let plan_uuid = plan_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RelationshipsRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/offerings/{}/plans/{}/relationships/pricing_options",
                client.baseurl, encode_path(& offering_uuid.to_string()), encode_path(&
                plan_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "remove_offering_plan_pricing_options",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_subscriptions`]

[`Client::list_subscriptions`]: super::Client::list_subscriptions*/
    #[derive(Debug, Clone)]
    pub struct ListSubscriptions<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        include: Result<
            Option<::std::vec::Vec<types::ListSubscriptionsIncludeItem>>,
            String,
        >,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListSubscriptions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                include: Ok(None),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn include<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::std::vec::Vec<types::ListSubscriptionsIncludeItem>,
            >,
            V::Error: ::std::fmt::Display,
        {
            self.include = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("include: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscriptions`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListSubscriptionsOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, filter, include, page_limit, page_offset } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let include = include.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/subscriptions", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(
                    &progenitor_client::QueryParam::new(
                        "include",
                        &::elasticpath_subscriptions_client::__generated::CommaSeparated(
                            &include,
                        ),
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_subscriptions",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_subscription`]

[`Client::create_subscription`]: super::Client::create_subscription*/
    #[derive(Debug, Clone)]
    pub struct CreateSubscription<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateSubscriptionBody, String>,
    }

    impl<'a> CreateSubscription<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateSubscriptionBody>,
            <V as std::convert::TryInto<
                types::CreateSubscriptionBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateSubscriptionBody` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateSubscriptionBody,
            ) -> types::builder::CreateSubscriptionBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/subscriptions`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateSubscriptionCreated>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, filter, body } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateSubscriptionBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/subscriptions", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_subscription",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_subscription`]

[`Client::get_subscription`]: super::Client::get_subscription*/
    #[derive(Debug, Clone)]
    pub struct GetSubscription<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
        include: Result<
            Option<::std::vec::Vec<types::GetSubscriptionIncludeItem>>,
            String,
        >,
    }

    impl<'a> GetSubscription<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
                include: Ok(None),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        pub fn include<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::GetSubscriptionIncludeItem>>,
            V::Error: ::std::fmt::Display,
        {
            self.include = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("include: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetSubscriptionOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, subscription_uuid, include } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let include = include.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}", client.baseurl, encode_path(&
                subscription_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "include",
                        &::elasticpath_subscriptions_client::__generated::CommaSeparated(
                            &include,
                        ),
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_subscription",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_subscription`]

[`Client::update_subscription`]: super::Client::update_subscription*/
    #[derive(Debug, Clone)]
    pub struct UpdateSubscription<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::UpdateSubscriptionBody, String>,
    }

    impl<'a> UpdateSubscription<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateSubscriptionBody>,
            <V as std::convert::TryInto<
                types::UpdateSubscriptionBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateSubscriptionBody` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateSubscriptionBody,
            ) -> types::builder::UpdateSubscriptionBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/v2/subscriptions/subscriptions/{subscription_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateSubscriptionOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, subscription_uuid, body } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateSubscriptionBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}", client.baseurl, encode_path(&
                subscription_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_subscription",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_subscription`]

[`Client::delete_subscription`]: super::Client::delete_subscription*/
    #[derive(Debug, Clone)]
    pub struct DeleteSubscription<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
    }

    impl<'a> DeleteSubscription<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        ///Sends a `DELETE` request to `/v2/subscriptions/subscriptions/{subscription_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, subscription_uuid } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}", client.baseurl, encode_path(&
                subscription_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_subscription",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_subscription_feature`]

[`Client::get_subscription_feature`]: super::Client::get_subscription_feature*/
    #[derive(Debug, Clone)]
    pub struct GetSubscriptionFeature<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
        feature_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetSubscriptionFeature<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
                feature_uuid: Err("feature_uuid was not initialized".to_string()),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        pub fn feature_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.feature_uuid = value
                .try_into()
                .map_err(|e| format!("feature_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/features/{feature_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetSubscriptionFeatureOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, subscription_uuid, feature_uuid } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let feature_uuid = feature_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}/features/{}", client.baseurl,
                encode_path(& subscription_uuid.to_string()), encode_path(& feature_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_subscription_feature",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_subscription_plan`]

[`Client::get_subscription_plan`]: super::Client::get_subscription_plan*/
    #[derive(Debug, Clone)]
    pub struct GetSubscriptionPlan<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
        plan_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetSubscriptionPlan<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
                plan_uuid: Err("plan_uuid was not initialized".to_string()),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        pub fn plan_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.plan_uuid = value.try_into().map_err(|e| format!("plan_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/plans/{plan_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetSubscriptionPlanOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, subscription_uuid, plan_uuid } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let plan_uuid = plan_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}/plans/{}", client.baseurl,
                encode_path(& subscription_uuid.to_string()), encode_path(& plan_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_subscription_plan",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_subscription_pricing_option`]

[`Client::get_subscription_pricing_option`]: super::Client::get_subscription_pricing_option*/
    #[derive(Debug, Clone)]
    pub struct GetSubscriptionPricingOption<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
        pricing_option_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetSubscriptionPricingOption<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
                pricing_option_uuid: Err(
                    "pricing_option_uuid was not initialized".to_string(),
                ),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        pub fn pricing_option_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.pricing_option_uuid = value
                .try_into()
                .map_err(|e| format!("pricing_option_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/pricing-options/{pricing_option_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetSubscriptionPricingOptionOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, subscription_uuid, pricing_option_uuid } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let pricing_option_uuid = pricing_option_uuid
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}/pricing-options/{}", client
                .baseurl, encode_path(& subscription_uuid.to_string()), encode_path(&
                pricing_option_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_subscription_pricing_option",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_subscription_features`]

[`Client::list_subscription_features`]: super::Client::list_subscription_features*/
    #[derive(Debug, Clone)]
    pub struct ListSubscriptionFeatures<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListSubscriptionFeatures<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/features`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListSubscriptionFeaturesOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, subscription_uuid, page_limit, page_offset } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}/features", client.baseurl,
                encode_path(& subscription_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_subscription_features",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_subscription_plans`]

[`Client::list_subscription_plans`]: super::Client::list_subscription_plans*/
    #[derive(Debug, Clone)]
    pub struct ListSubscriptionPlans<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
    }

    impl<'a> ListSubscriptionPlans<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/plans`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListSubscriptionPlansOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, subscription_uuid } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}/plans", client.baseurl,
                encode_path(& subscription_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_subscription_plans",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::manage_subscription_plans`]

[`Client::manage_subscription_plans`]: super::Client::manage_subscription_plans*/
    #[derive(Debug, Clone)]
    pub struct ManageSubscriptionPlans<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::ManageSubscriptionPlansBody, String>,
    }

    impl<'a> ManageSubscriptionPlans<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ManageSubscriptionPlansBody>,
            <V as std::convert::TryInto<
                types::ManageSubscriptionPlansBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ManageSubscriptionPlansBody` for body failed: {}",
                        s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ManageSubscriptionPlansBody,
            ) -> types::builder::ManageSubscriptionPlansBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/plans`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, subscription_uuid, body } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ManageSubscriptionPlansBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}/plans", client.baseurl,
                encode_path(& subscription_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "manage_subscription_plans",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_subscription_pricing_options`]

[`Client::list_subscription_pricing_options`]: super::Client::list_subscription_pricing_options*/
    #[derive(Debug, Clone)]
    pub struct ListSubscriptionPricingOptions<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
    }

    impl<'a> ListSubscriptionPricingOptions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/pricing-options`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListSubscriptionPricingOptionsOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, subscription_uuid } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}/pricing-options", client.baseurl,
                encode_path(& subscription_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_subscription_pricing_options",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_subscription_states`]

[`Client::list_subscription_states`]: super::Client::list_subscription_states*/
    #[derive(Debug, Clone)]
    pub struct ListSubscriptionStates<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
    }

    impl<'a> ListSubscriptionStates<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/states`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListSubscriptionStatesOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, subscription_uuid } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}/states", client.baseurl,
                encode_path(& subscription_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_subscription_states",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_subscription_state`]

[`Client::create_subscription_state`]: super::Client::create_subscription_state*/
    #[derive(Debug, Clone)]
    pub struct CreateSubscriptionState<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::CreateSubscriptionStateBody, String>,
    }

    impl<'a> CreateSubscriptionState<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateSubscriptionStateBody>,
            <V as std::convert::TryInto<
                types::CreateSubscriptionStateBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateSubscriptionStateBody` for body failed: {}",
                        s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateSubscriptionStateBody,
            ) -> types::builder::CreateSubscriptionStateBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/states`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, subscription_uuid, body } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateSubscriptionStateBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}/states", client.baseurl,
                encode_path(& subscription_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_subscription_state",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_subscription_state`]

[`Client::get_subscription_state`]: super::Client::get_subscription_state*/
    #[derive(Debug, Clone)]
    pub struct GetSubscriptionState<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
        state_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetSubscriptionState<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
                state_uuid: Err("state_uuid was not initialized".to_string()),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        pub fn state_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.state_uuid = value.try_into().map_err(|e| format!("state_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/states/{state_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetSubscriptionStateOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, subscription_uuid, state_uuid } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let state_uuid = state_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}/states/{}", client.baseurl,
                encode_path(& subscription_uuid.to_string()), encode_path(& state_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_subscription_state",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_jobs`]

[`Client::list_jobs`]: super::Client::list_jobs*/
    #[derive(Debug, Clone)]
    pub struct ListJobs<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListJobs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/jobs`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListJobsOk>, Error<types::ErrorResponse>> {
            let Self { client, filter, page_limit, page_offset } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/jobs", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_jobs",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_job`]

[`Client::create_job`]: super::Client::create_job*/
    #[derive(Debug, Clone)]
    pub struct CreateJob<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateJobBody, String>,
    }

    impl<'a> CreateJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateJobBody>,
            <V as std::convert::TryInto<types::CreateJobBody>>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateJobBody` for body failed: {}", s)
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateJobBody,
            ) -> types::builder::CreateJobBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/jobs`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateJobCreated>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, filter, body } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateJobBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/jobs", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_job`]

[`Client::get_job`]: super::Client::get_job*/
    #[derive(Debug, Clone)]
    pub struct GetJob<'a> {
        client: &'a super::Client,
        job_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                job_uuid: Err("job_uuid was not initialized".to_string()),
            }
        }

        pub fn job_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.job_uuid = value.try_into().map_err(|e| format!("job_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/jobs/{job_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetJobOk>, Error<types::ErrorResponse>> {
            let Self { client, job_uuid } = self;
            let job_uuid = job_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/jobs/{}", client.baseurl, encode_path(& job_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_job`]

[`Client::delete_job`]: super::Client::delete_job*/
    #[derive(Debug, Clone)]
    pub struct DeleteJob<'a> {
        client: &'a super::Client,
        job_uuid: Result<types::Uuid, String>,
    }

    impl<'a> DeleteJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                job_uuid: Err("job_uuid was not initialized".to_string()),
            }
        }

        pub fn job_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.job_uuid = value.try_into().map_err(|e| format!("job_uuid: {e}"));
            self
        }

        ///Sends a `DELETE` request to `/v2/subscriptions/jobs/{job_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, job_uuid } = self;
            let job_uuid = job_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/jobs/{}", client.baseurl, encode_path(& job_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_import_jobs`]

[`Client::list_import_jobs`]: super::Client::list_import_jobs*/
    #[derive(Debug, Clone)]
    pub struct ListImportJobs<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListImportJobs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/imports`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListImportJobsOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, filter, page_limit, page_offset } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/imports", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_import_jobs",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_import`]

[`Client::create_import`]: super::Client::create_import*/
    #[derive(Debug)]
    pub struct CreateImport<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        body: Result<::reqwest::multipart::Form, String>,
    }

    impl<'a> CreateImport<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                body: Err("body was not initialized".to_string()),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn body<B>(mut self, value: B) -> Self
        where
            B: std::convert::TryInto<::reqwest::multipart::Form>,
            B::Error: ::std::fmt::Display,
        {
            self.body = value.try_into().map_err(|e| format!("body: {e}"));
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/imports`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateImportCreated>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, filter, body } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/imports", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .multipart(body)
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_import",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_import`]

[`Client::get_import`]: super::Client::get_import*/
    #[derive(Debug, Clone)]
    pub struct GetImport<'a> {
        client: &'a super::Client,
        import_uuid: Result<types::Uuid, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> GetImport<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                import_uuid: Err("import_uuid was not initialized".to_string()),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn import_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.import_uuid = value.try_into().map_err(|e| format!("import_uuid: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/imports/{import_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetImportOk>, Error<types::ErrorResponse>> {
            let Self { client, import_uuid, page_limit, page_offset } = self;
            let import_uuid = import_uuid.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/imports/{}", client.baseurl, encode_path(&
                import_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_import",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_import_errors`]

[`Client::get_import_errors`]: super::Client::get_import_errors*/
    #[derive(Debug, Clone)]
    pub struct GetImportErrors<'a> {
        client: &'a super::Client,
        import_uuid: Result<types::Uuid, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> GetImportErrors<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                import_uuid: Err("import_uuid was not initialized".to_string()),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn import_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.import_uuid = value.try_into().map_err(|e| format!("import_uuid: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/imports/{import_uuid}/errors`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetImportErrorsOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, import_uuid, page_limit, page_offset } = self;
            let import_uuid = import_uuid.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/imports/{}/errors", client.baseurl, encode_path(&
                import_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_import_errors",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_subscription_invoices`]

[`Client::list_subscription_invoices`]: super::Client::list_subscription_invoices*/
    #[derive(Debug, Clone)]
    pub struct ListSubscriptionInvoices<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListSubscriptionInvoices<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/invoices`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListSubscriptionInvoicesOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, subscription_uuid, page_limit, page_offset } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}/invoices", client.baseurl,
                encode_path(& subscription_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_subscription_invoices",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_subscription_invoice_payments`]

[`Client::list_subscription_invoice_payments`]: super::Client::list_subscription_invoice_payments*/
    #[derive(Debug, Clone)]
    pub struct ListSubscriptionInvoicePayments<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
        invoice_uuid: Result<types::Uuid, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListSubscriptionInvoicePayments<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
                invoice_uuid: Err("invoice_uuid was not initialized".to_string()),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        pub fn invoice_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.invoice_uuid = value
                .try_into()
                .map_err(|e| format!("invoice_uuid: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}/payments`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListSubscriptionInvoicePaymentsOk>, Error<()>> {
            let Self {
                client,
                subscription_uuid,
                invoice_uuid,
                page_limit,
                page_offset,
            } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let invoice_uuid = invoice_uuid.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}/invoices/{}/payments", client
                .baseurl, encode_path(& subscription_uuid.to_string()), encode_path(&
                invoice_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_subscription_invoice_payments",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_subscription_invoice_payment`]

[`Client::get_subscription_invoice_payment`]: super::Client::get_subscription_invoice_payment*/
    #[derive(Debug, Clone)]
    pub struct GetSubscriptionInvoicePayment<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
        invoice_uuid: Result<types::Uuid, String>,
        payment_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetSubscriptionInvoicePayment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
                invoice_uuid: Err("invoice_uuid was not initialized".to_string()),
                payment_uuid: Err("payment_uuid was not initialized".to_string()),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        pub fn invoice_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.invoice_uuid = value
                .try_into()
                .map_err(|e| format!("invoice_uuid: {e}"));
            self
        }

        pub fn payment_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.payment_uuid = value
                .try_into()
                .map_err(|e| format!("payment_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}/payments/{payment_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetSubscriptionInvoicePaymentOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, subscription_uuid, invoice_uuid, payment_uuid } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let invoice_uuid = invoice_uuid.map_err(Error::InvalidRequest)?;
            let payment_uuid = payment_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}/invoices/{}/payments/{}", client
                .baseurl, encode_path(& subscription_uuid.to_string()), encode_path(&
                invoice_uuid.to_string()), encode_path(& payment_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_subscription_invoice_payment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_subscription_invoice`]

[`Client::get_subscription_invoice`]: super::Client::get_subscription_invoice*/
    #[derive(Debug, Clone)]
    pub struct GetSubscriptionInvoice<'a> {
        client: &'a super::Client,
        subscription_uuid: Result<types::Uuid, String>,
        invoice_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetSubscriptionInvoice<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscription_uuid: Err(
                    "subscription_uuid was not initialized".to_string(),
                ),
                invoice_uuid: Err("invoice_uuid was not initialized".to_string()),
            }
        }

        pub fn subscription_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscription_uuid = value
                .try_into()
                .map_err(|e| format!("subscription_uuid: {e}"));
            self
        }

        pub fn invoice_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.invoice_uuid = value
                .try_into()
                .map_err(|e| format!("invoice_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscriptions/{subscription_uuid}/invoices/{invoice_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetSubscriptionInvoiceOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, subscription_uuid, invoice_uuid } = self;
            let subscription_uuid = subscription_uuid.map_err(Error::InvalidRequest)?;
            let invoice_uuid = invoice_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscriptions/{}/invoices/{}", client.baseurl,
                encode_path(& subscription_uuid.to_string()), encode_path(& invoice_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_subscription_invoice",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_invoices`]

[`Client::list_invoices`]: super::Client::list_invoices*/
    #[derive(Debug, Clone)]
    pub struct ListInvoices<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListInvoices<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/invoices`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListInvoicesOk>, Error<types::ErrorResponse>> {
            let Self { client, filter, page_limit, page_offset } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/invoices", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_invoices",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_invoice`]

[`Client::get_invoice`]: super::Client::get_invoice*/
    #[derive(Debug, Clone)]
    pub struct GetInvoice<'a> {
        client: &'a super::Client,
        invoice_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetInvoice<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invoice_uuid: Err("invoice_uuid was not initialized".to_string()),
            }
        }

        pub fn invoice_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.invoice_uuid = value
                .try_into()
                .map_err(|e| format!("invoice_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/invoices/{invoice_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetInvoiceOk>, Error<types::ErrorResponse>> {
            let Self { client, invoice_uuid } = self;
            let invoice_uuid = invoice_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/invoices/{}", client.baseurl, encode_path(&
                invoice_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_invoice",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_invoice_payments`]

[`Client::list_invoice_payments`]: super::Client::list_invoice_payments*/
    #[derive(Debug, Clone)]
    pub struct ListInvoicePayments<'a> {
        client: &'a super::Client,
        invoice_uuid: Result<types::Uuid, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListInvoicePayments<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invoice_uuid: Err("invoice_uuid was not initialized".to_string()),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn invoice_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.invoice_uuid = value
                .try_into()
                .map_err(|e| format!("invoice_uuid: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/invoices/{invoice_uuid}/payments`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListInvoicePaymentsOk>, Error<()>> {
            let Self { client, invoice_uuid, page_limit, page_offset } = self;
            let invoice_uuid = invoice_uuid.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/invoices/{}/payments", client.baseurl, encode_path(&
                invoice_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_invoice_payments",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_invoice_payment`]

[`Client::get_invoice_payment`]: super::Client::get_invoice_payment*/
    #[derive(Debug, Clone)]
    pub struct GetInvoicePayment<'a> {
        client: &'a super::Client,
        invoice_uuid: Result<types::Uuid, String>,
        payment_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetInvoicePayment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invoice_uuid: Err("invoice_uuid was not initialized".to_string()),
                payment_uuid: Err("payment_uuid was not initialized".to_string()),
            }
        }

        pub fn invoice_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.invoice_uuid = value
                .try_into()
                .map_err(|e| format!("invoice_uuid: {e}"));
            self
        }

        pub fn payment_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.payment_uuid = value
                .try_into()
                .map_err(|e| format!("payment_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetInvoicePaymentOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, invoice_uuid, payment_uuid } = self;
            let invoice_uuid = invoice_uuid.map_err(Error::InvalidRequest)?;
            let payment_uuid = payment_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/invoices/{}/payments/{}", client.baseurl,
                encode_path(& invoice_uuid.to_string()), encode_path(& payment_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_invoice_payment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_invoice_payment`]

[`Client::update_invoice_payment`]: super::Client::update_invoice_payment*/
    #[derive(Debug, Clone)]
    pub struct UpdateInvoicePayment<'a> {
        client: &'a super::Client,
        invoice_uuid: Result<types::Uuid, String>,
        payment_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::UpdateInvoicePaymentBody, String>,
    }

    impl<'a> UpdateInvoicePayment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invoice_uuid: Err("invoice_uuid was not initialized".to_string()),
                payment_uuid: Err("payment_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn invoice_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.invoice_uuid = value
                .try_into()
                .map_err(|e| format!("invoice_uuid: {e}"));
            self
        }

        pub fn payment_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.payment_uuid = value
                .try_into()
                .map_err(|e| format!("payment_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateInvoicePaymentBody>,
            <V as std::convert::TryInto<
                types::UpdateInvoicePaymentBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateInvoicePaymentBody` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateInvoicePaymentBody,
            ) -> types::builder::UpdateInvoicePaymentBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateInvoicePaymentOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, invoice_uuid, payment_uuid, body } = self;
            let invoice_uuid = invoice_uuid.map_err(Error::InvalidRequest)?;
            let payment_uuid = payment_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateInvoicePaymentBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/invoices/{}/payments/{}", client.baseurl,
                encode_path(& invoice_uuid.to_string()), encode_path(& payment_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_invoice_payment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_invoice_payment_refunds`]

[`Client::list_invoice_payment_refunds`]: super::Client::list_invoice_payment_refunds*/
    #[derive(Debug, Clone)]
    pub struct ListInvoicePaymentRefunds<'a> {
        client: &'a super::Client,
        invoice_uuid: Result<types::Uuid, String>,
        payment_uuid: Result<types::Uuid, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListInvoicePaymentRefunds<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invoice_uuid: Err("invoice_uuid was not initialized".to_string()),
                payment_uuid: Err("payment_uuid was not initialized".to_string()),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn invoice_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.invoice_uuid = value
                .try_into()
                .map_err(|e| format!("invoice_uuid: {e}"));
            self
        }

        pub fn payment_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.payment_uuid = value
                .try_into()
                .map_err(|e| format!("payment_uuid: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListInvoicePaymentRefundsOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, invoice_uuid, payment_uuid, page_limit, page_offset } = self;
            let invoice_uuid = invoice_uuid.map_err(Error::InvalidRequest)?;
            let payment_uuid = payment_uuid.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/invoices/{}/payments/{}/refunds", client.baseurl,
                encode_path(& invoice_uuid.to_string()), encode_path(& payment_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_invoice_payment_refunds",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_invoice_payment_refund`]

[`Client::create_invoice_payment_refund`]: super::Client::create_invoice_payment_refund*/
    #[derive(Debug, Clone)]
    pub struct CreateInvoicePaymentRefund<'a> {
        client: &'a super::Client,
        invoice_uuid: Result<types::Uuid, String>,
        payment_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::CreateInvoicePaymentRefundBody, String>,
    }

    impl<'a> CreateInvoicePaymentRefund<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invoice_uuid: Err("invoice_uuid was not initialized".to_string()),
                payment_uuid: Err("payment_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn invoice_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.invoice_uuid = value
                .try_into()
                .map_err(|e| format!("invoice_uuid: {e}"));
            self
        }

        pub fn payment_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.payment_uuid = value
                .try_into()
                .map_err(|e| format!("payment_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateInvoicePaymentRefundBody>,
            <V as std::convert::TryInto<
                types::CreateInvoicePaymentRefundBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateInvoicePaymentRefundBody` for body failed: {}",
                        s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateInvoicePaymentRefundBody,
            ) -> types::builder::CreateInvoicePaymentRefundBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateInvoicePaymentRefundCreated>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, invoice_uuid, payment_uuid, body } = self;
            let invoice_uuid = invoice_uuid.map_err(Error::InvalidRequest)?;
            let payment_uuid = payment_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateInvoicePaymentRefundBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/invoices/{}/payments/{}/refunds", client.baseurl,
                encode_path(& invoice_uuid.to_string()), encode_path(& payment_uuid
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_invoice_payment_refund",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_invoice_payment_refund`]

[`Client::get_invoice_payment_refund`]: super::Client::get_invoice_payment_refund*/
    #[derive(Debug, Clone)]
    pub struct GetInvoicePaymentRefund<'a> {
        client: &'a super::Client,
        invoice_uuid: Result<types::Uuid, String>,
        payment_uuid: Result<types::Uuid, String>,
        refund_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetInvoicePaymentRefund<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invoice_uuid: Err("invoice_uuid was not initialized".to_string()),
                payment_uuid: Err("payment_uuid was not initialized".to_string()),
                refund_uuid: Err("refund_uuid was not initialized".to_string()),
            }
        }

        pub fn invoice_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.invoice_uuid = value
                .try_into()
                .map_err(|e| format!("invoice_uuid: {e}"));
            self
        }

        pub fn payment_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.payment_uuid = value
                .try_into()
                .map_err(|e| format!("payment_uuid: {e}"));
            self
        }

        pub fn refund_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.refund_uuid = value.try_into().map_err(|e| format!("refund_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/invoices/{invoice_uuid}/payments/{payment_uuid}/refunds/{refund_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetInvoicePaymentRefundOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, invoice_uuid, payment_uuid, refund_uuid } = self;
            let invoice_uuid = invoice_uuid.map_err(Error::InvalidRequest)?;
            let payment_uuid = payment_uuid.map_err(Error::InvalidRequest)?;
            let refund_uuid = refund_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/invoices/{}/payments/{}/refunds/{}", client.baseurl,
                encode_path(& invoice_uuid.to_string()), encode_path(& payment_uuid
                .to_string()), encode_path(& refund_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_invoice_payment_refund",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_schedules`]

[`Client::list_schedules`]: super::Client::list_schedules*/
    #[derive(Debug, Clone)]
    pub struct ListSchedules<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListSchedules<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/schedules`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListSchedulesOk>, Error<types::ErrorResponse>> {
            let Self { client, filter, page_limit, page_offset } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/schedules", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_schedules",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_schedule`]

[`Client::create_schedule`]: super::Client::create_schedule*/
    #[derive(Debug, Clone)]
    pub struct CreateSchedule<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateScheduleBody, String>,
    }

    impl<'a> CreateSchedule<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateScheduleBody>,
            <V as std::convert::TryInto<
                types::CreateScheduleBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateScheduleBody` for body failed: {}", s)
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateScheduleBody,
            ) -> types::builder::CreateScheduleBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/schedules`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateScheduleCreated>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, filter, body } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateScheduleBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/schedules", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_schedule",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_schedule`]

[`Client::get_schedule`]: super::Client::get_schedule*/
    #[derive(Debug, Clone)]
    pub struct GetSchedule<'a> {
        client: &'a super::Client,
        schedule_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetSchedule<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                schedule_uuid: Err("schedule_uuid was not initialized".to_string()),
            }
        }

        pub fn schedule_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.schedule_uuid = value
                .try_into()
                .map_err(|e| format!("schedule_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/schedules/{schedule_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetScheduleOk>, Error<types::ErrorResponse>> {
            let Self { client, schedule_uuid } = self;
            let schedule_uuid = schedule_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/schedules/{}", client.baseurl, encode_path(&
                schedule_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_schedule",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_schedule`]

[`Client::update_schedule`]: super::Client::update_schedule*/
    #[derive(Debug, Clone)]
    pub struct UpdateSchedule<'a> {
        client: &'a super::Client,
        schedule_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::UpdateScheduleBody, String>,
    }

    impl<'a> UpdateSchedule<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                schedule_uuid: Err("schedule_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn schedule_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.schedule_uuid = value
                .try_into()
                .map_err(|e| format!("schedule_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateScheduleBody>,
            <V as std::convert::TryInto<
                types::UpdateScheduleBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateScheduleBody` for body failed: {}", s)
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateScheduleBody,
            ) -> types::builder::UpdateScheduleBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/v2/subscriptions/schedules/{schedule_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateScheduleOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, schedule_uuid, body } = self;
            let schedule_uuid = schedule_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateScheduleBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/schedules/{}", client.baseurl, encode_path(&
                schedule_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_schedule",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_schedule`]

[`Client::delete_schedule`]: super::Client::delete_schedule*/
    #[derive(Debug, Clone)]
    pub struct DeleteSchedule<'a> {
        client: &'a super::Client,
        schedule_uuid: Result<types::Uuid, String>,
    }

    impl<'a> DeleteSchedule<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                schedule_uuid: Err("schedule_uuid was not initialized".to_string()),
            }
        }

        pub fn schedule_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.schedule_uuid = value
                .try_into()
                .map_err(|e| format!("schedule_uuid: {e}"));
            self
        }

        ///Sends a `DELETE` request to `/v2/subscriptions/schedules/{schedule_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, schedule_uuid } = self;
            let schedule_uuid = schedule_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/schedules/{}", client.baseurl, encode_path(&
                schedule_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_schedule",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_subscribers`]

[`Client::list_subscribers`]: super::Client::list_subscribers*/
    #[derive(Debug, Clone)]
    pub struct ListSubscribers<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListSubscribers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscribers`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListSubscribersOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, filter, page_limit, page_offset } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/subscribers", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_subscribers",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_subscriber`]

[`Client::create_subscriber`]: super::Client::create_subscriber*/
    #[derive(Debug, Clone)]
    pub struct CreateSubscriber<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateSubscriberBody, String>,
    }

    impl<'a> CreateSubscriber<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateSubscriberBody>,
            <V as std::convert::TryInto<
                types::CreateSubscriberBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateSubscriberBody` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateSubscriberBody,
            ) -> types::builder::CreateSubscriberBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/subscribers`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateSubscriberCreated>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, filter, body } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateSubscriberBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/subscribers", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_subscriber",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_subscriber`]

[`Client::get_subscriber`]: super::Client::get_subscriber*/
    #[derive(Debug, Clone)]
    pub struct GetSubscriber<'a> {
        client: &'a super::Client,
        subscriber_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetSubscriber<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscriber_uuid: Err("subscriber_uuid was not initialized".to_string()),
            }
        }

        pub fn subscriber_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscriber_uuid = value
                .try_into()
                .map_err(|e| format!("subscriber_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/subscribers/{subscriber_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetSubscriberOk>, Error<types::ErrorResponse>> {
            let Self { client, subscriber_uuid } = self;
            let subscriber_uuid = subscriber_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscribers/{}", client.baseurl, encode_path(&
                subscriber_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_subscriber",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_subscriber`]

[`Client::update_subscriber`]: super::Client::update_subscriber*/
    #[derive(Debug, Clone)]
    pub struct UpdateSubscriber<'a> {
        client: &'a super::Client,
        subscriber_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::UpdateSubscriberBody, String>,
    }

    impl<'a> UpdateSubscriber<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscriber_uuid: Err("subscriber_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn subscriber_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscriber_uuid = value
                .try_into()
                .map_err(|e| format!("subscriber_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateSubscriberBody>,
            <V as std::convert::TryInto<
                types::UpdateSubscriberBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateSubscriberBody` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateSubscriberBody,
            ) -> types::builder::UpdateSubscriberBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/v2/subscriptions/subscribers/{subscriber_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateSubscriberOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, subscriber_uuid, body } = self;
            let subscriber_uuid = subscriber_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateSubscriberBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscribers/{}", client.baseurl, encode_path(&
                subscriber_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_subscriber",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_subscriber`]

[`Client::delete_subscriber`]: super::Client::delete_subscriber*/
    #[derive(Debug, Clone)]
    pub struct DeleteSubscriber<'a> {
        client: &'a super::Client,
        subscriber_uuid: Result<types::Uuid, String>,
    }

    impl<'a> DeleteSubscriber<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                subscriber_uuid: Err("subscriber_uuid was not initialized".to_string()),
            }
        }

        pub fn subscriber_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.subscriber_uuid = value
                .try_into()
                .map_err(|e| format!("subscriber_uuid: {e}"));
            self
        }

        ///Sends a `DELETE` request to `/v2/subscriptions/subscribers/{subscriber_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, subscriber_uuid } = self;
            let subscriber_uuid = subscriber_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/subscribers/{}", client.baseurl, encode_path(&
                subscriber_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_subscriber",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_dunning_rules`]

[`Client::list_dunning_rules`]: super::Client::list_dunning_rules*/
    #[derive(Debug, Clone)]
    pub struct ListDunningRules<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListDunningRules<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/dunning-rules`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListDunningRulesOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, filter, page_limit, page_offset } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/dunning-rules", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_dunning_rules",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_dunning_rule`]

[`Client::create_dunning_rule`]: super::Client::create_dunning_rule*/
    #[derive(Debug, Clone)]
    pub struct CreateDunningRule<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateDunningRuleBody, String>,
    }

    impl<'a> CreateDunningRule<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateDunningRuleBody>,
            <V as std::convert::TryInto<
                types::CreateDunningRuleBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateDunningRuleBody` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateDunningRuleBody,
            ) -> types::builder::CreateDunningRuleBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/dunning-rules`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateDunningRuleCreated>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateDunningRuleBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/dunning-rules", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_dunning_rule",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_dunning_rule`]

[`Client::get_dunning_rule`]: super::Client::get_dunning_rule*/
    #[derive(Debug, Clone)]
    pub struct GetDunningRule<'a> {
        client: &'a super::Client,
        dunning_rule_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetDunningRule<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                dunning_rule_uuid: Err(
                    "dunning_rule_uuid was not initialized".to_string(),
                ),
            }
        }

        pub fn dunning_rule_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.dunning_rule_uuid = value
                .try_into()
                .map_err(|e| format!("dunning_rule_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/dunning-rules/{dunning_rule_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetDunningRuleOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, dunning_rule_uuid } = self;
            let dunning_rule_uuid = dunning_rule_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/dunning-rules/{}", client.baseurl, encode_path(&
                dunning_rule_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_dunning_rule",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_dunning_rule`]

[`Client::update_dunning_rule`]: super::Client::update_dunning_rule*/
    #[derive(Debug, Clone)]
    pub struct UpdateDunningRule<'a> {
        client: &'a super::Client,
        dunning_rule_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::UpdateDunningRuleBody, String>,
    }

    impl<'a> UpdateDunningRule<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                dunning_rule_uuid: Err(
                    "dunning_rule_uuid was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn dunning_rule_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.dunning_rule_uuid = value
                .try_into()
                .map_err(|e| format!("dunning_rule_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateDunningRuleBody>,
            <V as std::convert::TryInto<
                types::UpdateDunningRuleBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateDunningRuleBody` for body failed: {}", s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateDunningRuleBody,
            ) -> types::builder::UpdateDunningRuleBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/v2/subscriptions/dunning-rules/{dunning_rule_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateDunningRuleOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, dunning_rule_uuid, body } = self;
            let dunning_rule_uuid = dunning_rule_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateDunningRuleBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/dunning-rules/{}", client.baseurl, encode_path(&
                dunning_rule_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_dunning_rule",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_dunning_rule`]

[`Client::delete_dunning_rule`]: super::Client::delete_dunning_rule*/
    #[derive(Debug, Clone)]
    pub struct DeleteDunningRule<'a> {
        client: &'a super::Client,
        dunning_rule_uuid: Result<types::Uuid, String>,
    }

    impl<'a> DeleteDunningRule<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                dunning_rule_uuid: Err(
                    "dunning_rule_uuid was not initialized".to_string(),
                ),
            }
        }

        pub fn dunning_rule_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.dunning_rule_uuid = value
                .try_into()
                .map_err(|e| format!("dunning_rule_uuid: {e}"));
            self
        }

        ///Sends a `DELETE` request to `/v2/subscriptions/dunning-rules/{dunning_rule_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, dunning_rule_uuid } = self;
            let dunning_rule_uuid = dunning_rule_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/dunning-rules/{}", client.baseurl, encode_path(&
                dunning_rule_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_dunning_rule",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_proration_policies`]

[`Client::list_proration_policies`]: super::Client::list_proration_policies*/
    #[derive(Debug, Clone)]
    pub struct ListProrationPolicies<'a> {
        client: &'a super::Client,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListProrationPolicies<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/proration-policies`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListProrationPoliciesOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, page_limit, page_offset } = self;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/proration-policies", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_proration_policies",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_proration_policy`]

[`Client::create_proration_policy`]: super::Client::create_proration_policy*/
    #[derive(Debug, Clone)]
    pub struct CreateProrationPolicy<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateProrationPolicyBody, String>,
    }

    impl<'a> CreateProrationPolicy<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProrationPolicyBody>,
            <V as std::convert::TryInto<
                types::CreateProrationPolicyBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateProrationPolicyBody` for body failed: {}",
                        s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateProrationPolicyBody,
            ) -> types::builder::CreateProrationPolicyBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/proration-policies`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateProrationPolicyCreated>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateProrationPolicyBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/proration-policies", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_proration_policy",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_proration_policy`]

[`Client::get_proration_policy`]: super::Client::get_proration_policy*/
    #[derive(Debug, Clone)]
    pub struct GetProrationPolicy<'a> {
        client: &'a super::Client,
        proration_policy_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetProrationPolicy<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                proration_policy_uuid: Err(
                    "proration_policy_uuid was not initialized".to_string(),
                ),
            }
        }

        pub fn proration_policy_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.proration_policy_uuid = value
                .try_into()
                .map_err(|e| format!("proration_policy_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/proration-policies/{proration_policy_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetProrationPolicyOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, proration_policy_uuid } = self;
            let proration_policy_uuid = proration_policy_uuid
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/proration-policies/{}", client.baseurl,
                encode_path(& proration_policy_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_proration_policy",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_proration_policy`]

[`Client::update_proration_policy`]: super::Client::update_proration_policy*/
    #[derive(Debug, Clone)]
    pub struct UpdateProrationPolicy<'a> {
        client: &'a super::Client,
        proration_policy_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::UpdateProrationPolicyBody, String>,
    }

    impl<'a> UpdateProrationPolicy<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                proration_policy_uuid: Err(
                    "proration_policy_uuid was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn proration_policy_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.proration_policy_uuid = value
                .try_into()
                .map_err(|e| format!("proration_policy_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateProrationPolicyBody>,
            <V as std::convert::TryInto<
                types::UpdateProrationPolicyBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateProrationPolicyBody` for body failed: {}",
                        s
                    )
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateProrationPolicyBody,
            ) -> types::builder::UpdateProrationPolicyBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/v2/subscriptions/proration-policies/{proration_policy_uuid}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateProrationPolicyOk>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, proration_policy_uuid, body } = self;
            let proration_policy_uuid = proration_policy_uuid
                .map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateProrationPolicyBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/proration-policies/{}", client.baseurl,
                encode_path(& proration_policy_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_proration_policy",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_proration_policy`]

[`Client::delete_proration_policy`]: super::Client::delete_proration_policy*/
    #[derive(Debug, Clone)]
    pub struct DeleteProrationPolicy<'a> {
        client: &'a super::Client,
        proration_policy_uuid: Result<types::Uuid, String>,
    }

    impl<'a> DeleteProrationPolicy<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                proration_policy_uuid: Err(
                    "proration_policy_uuid was not initialized".to_string(),
                ),
            }
        }

        pub fn proration_policy_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.proration_policy_uuid = value
                .try_into()
                .map_err(|e| format!("proration_policy_uuid: {e}"));
            self
        }

        ///Sends a `DELETE` request to `/v2/subscriptions/proration-policies/{proration_policy_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, proration_policy_uuid } = self;
            let proration_policy_uuid = proration_policy_uuid
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/proration-policies/{}", client.baseurl,
                encode_path(& proration_policy_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_proration_policy",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_features`]

[`Client::list_features`]: super::Client::list_features*/
    #[derive(Debug, Clone)]
    pub struct ListFeatures<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        page_limit: Result<Option<i64>, String>,
        page_offset: Result<Option<i64>, String>,
    }

    impl<'a> ListFeatures<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                page_limit: Ok(None),
                page_offset: Ok(None),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn page_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_limit = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_limit: {e}"));
            self
        }

        pub fn page_offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: ::std::fmt::Display,
        {
            self.page_offset = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("page_offset: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/features`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListFeaturesOk>, Error<types::ErrorResponse>> {
            let Self { client, filter, page_limit, page_offset } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let page_limit = page_limit.map_err(Error::InvalidRequest)?;
            let page_offset = page_offset.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/features", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("page[limit]", &page_limit))
                .query(&progenitor_client::QueryParam::new("page[offset]", &page_offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_features",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_feature`]

[`Client::create_feature`]: super::Client::create_feature*/
    #[derive(Debug, Clone)]
    pub struct CreateFeature<'a> {
        client: &'a super::Client,
        filter: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateFeatureBody, String>,
    }

    impl<'a> CreateFeature<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: ::std::fmt::Display,
        {
            self.filter = value.try_into().map(Some).map_err(|e| format!("filter: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateFeatureBody>,
            <V as std::convert::TryInto<
                types::CreateFeatureBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateFeatureBody` for body failed: {}", s)
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateFeatureBody,
            ) -> types::builder::CreateFeatureBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/v2/subscriptions/features`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateFeatureCreated>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, filter, body } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateFeatureBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/subscriptions/features", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_feature",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_feature`]

[`Client::get_feature`]: super::Client::get_feature*/
    #[derive(Debug, Clone)]
    pub struct GetFeature<'a> {
        client: &'a super::Client,
        feature_uuid: Result<types::Uuid, String>,
    }

    impl<'a> GetFeature<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                feature_uuid: Err("feature_uuid was not initialized".to_string()),
            }
        }

        pub fn feature_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.feature_uuid = value
                .try_into()
                .map_err(|e| format!("feature_uuid: {e}"));
            self
        }

        ///Sends a `GET` request to `/v2/subscriptions/features/{feature_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetFeatureOk>, Error<types::ErrorResponse>> {
            let Self { client, feature_uuid } = self;
            let feature_uuid = feature_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/features/{}", client.baseurl, encode_path(&
                feature_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_feature",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_feature`]

[`Client::update_feature`]: super::Client::update_feature*/
    #[derive(Debug, Clone)]
    pub struct UpdateFeature<'a> {
        client: &'a super::Client,
        feature_uuid: Result<types::Uuid, String>,
        body: Result<types::builder::UpdateFeatureBody, String>,
    }

    impl<'a> UpdateFeature<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                feature_uuid: Err("feature_uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn feature_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.feature_uuid = value
                .try_into()
                .map_err(|e| format!("feature_uuid: {e}"));
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateFeatureBody>,
            <V as std::convert::TryInto<
                types::UpdateFeatureBody,
            >>::Error: std::fmt::Display,
            V::Error: ::std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateFeatureBody` for body failed: {}", s)
                });
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateFeatureBody,
            ) -> types::builder::UpdateFeatureBody,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/v2/subscriptions/features/{feature_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UpdateFeatureOk>, Error<types::ErrorResponse>> {
            let Self { client, feature_uuid, body } = self;
            let feature_uuid = feature_uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateFeatureBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/features/{}", client.baseurl, encode_path(&
                feature_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_feature",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_feature`]

[`Client::delete_feature`]: super::Client::delete_feature*/
    #[derive(Debug, Clone)]
    pub struct DeleteFeature<'a> {
        client: &'a super::Client,
        feature_uuid: Result<types::Uuid, String>,
    }

    impl<'a> DeleteFeature<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                feature_uuid: Err("feature_uuid was not initialized".to_string()),
            }
        }

        pub fn feature_uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Uuid>,
            V::Error: ::std::fmt::Display,
        {
            self.feature_uuid = value
                .try_into()
                .map_err(|e| format!("feature_uuid: {e}"));
            self
        }

        ///Sends a `DELETE` request to `/v2/subscriptions/features/{feature_uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorResponse>> {
            let Self { client, feature_uuid } = self;
            let feature_uuid = feature_uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/subscriptions/features/{}", client.baseurl, encode_path(&
                feature_uuid.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_feature",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}

/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
