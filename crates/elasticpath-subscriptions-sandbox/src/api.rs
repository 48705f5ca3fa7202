//! The API, as the sandbox serves it: the generated trait, implemented
//! over the store a request's token names (and the organization's, which
//! every store reads).

use elasticpath_subscriptions_server::{
    CreateJobCreatedHeaders, CreateJobResponse, CreateScheduleCreatedHeaders, CreateScheduleResponse,
    DeleteJobResponse, DeleteScheduleResponse, ErrorBody, ErrorBodyExt, GetJobResponse, GetScheduleResponse,
    ListJobsQuery, ListJobsRequestHeaders, ListJobsResponse, ListSchedulesQuery, ListSchedulesRequestHeaders,
    ListSchedulesResponse, RequestContext, SubscriptionsApi, UpdateScheduleResponse,
};
use elasticpath_subscriptions_types::filter::Quoting;
use uuid::Uuid;

use crate::{Sandbox, stores, types};

/// A store may not change what its organization owns.
fn owned_by_the_store(owner: &types::OwnerMeta) -> bool {
    *owner == types::OwnerMeta::Store
}

impl SubscriptionsApi for Sandbox {
    /// The token must be one the sandbox accepts: see [`AuthMode`](crate::AuthMode).
    async fn authenticate(
        &self,
        context: &RequestContext,
    ) -> Result<(), elasticpath_subscriptions_server::Unauthenticated> {
        self.auth
            .check(&context.bearer_token, self.now())
            .map(|_store| ())
            .map_err(elasticpath_subscriptions_server::Unauthenticated::new)
    }

    async fn list_jobs(
        &self,
        context: RequestContext,
        query: ListJobsQuery,
        headers: ListJobsRequestHeaders,
    ) -> ListJobsResponse {
        self.settled().await;
        let store = self.store_of(&context);
        match self.list(
            &store,
            |s| &s.jobs,
            "/subscriptions/jobs",
            query.filter.as_deref().map(|f| (f, Quoting::from_disable_header(headers.ep_disable_beta_filtering))),
            query.page_offset,
            query.page_limit,
        ) {
            Ok((data, links)) => ListJobsResponse::Ok({
                let mut list = types::JobListResponse::new(data);
                list.links = Some(links);
                list
            }),
            Err(e) => ListJobsResponse::BadRequest(e),
        }
    }

    async fn create_job(&self, context: RequestContext, body: types::JobCreateRequest) -> CreateJobResponse {
        self.settled().await;
        let store = self.store_of(&context);
        let attributes = body.data.attributes;
        let now = self.now();
        let mut store = store.write();
        if let Some(external_ref) = &attributes.external_ref
            && store.jobs.has_ref(external_ref)
        {
            return CreateJobResponse::Conflict(ErrorBody::write_conflict(format!(
                "data.attributes.external_ref: a job with external_ref `{}` already exists",
                external_ref.as_str()
            )));
        }
        let created_at = store.created_at(now);
        let mut job_attributes =
            types::JobResponseAttributes::new(created_at, attributes.job_type, types::JobStatus::Pending, created_at);
        job_attributes.external_ref = attributes.external_ref;
        let meta = types::JobMeta::new(types::OwnerMeta::Store, types::JobTimestamps::new(created_at, created_at));
        let job = types::Job::new(job_attributes, Uuid::new_v4(), meta, types::SubscriptionJobType::SubscriptionJob);
        if let Err(full) = store.add_job(job.clone(), now) {
            return CreateJobResponse::Conflict(ErrorBody::write_conflict(full.to_string()));
        }
        let location = Some(self.resource_url("/subscriptions/jobs", job.id));
        CreateJobResponse::Created(types::JobResponse::new(job), CreateJobCreatedHeaders { location })
    }

    async fn get_job(&self, context: RequestContext, job_uuid: Uuid) -> GetJobResponse {
        self.settled().await;
        let store = self.store_of(&context);
        match stores::find(&store.read().jobs, &self.stores.organization().read().jobs, &job_uuid) {
            Some(job) => GetJobResponse::Ok(types::JobResponse::new(job)),
            None => GetJobResponse::NotFound(ErrorBody::not_found(format!("No job found with id {job_uuid}"))),
        }
    }

    async fn delete_job(&self, context: RequestContext, job_uuid: Uuid) -> DeleteJobResponse {
        self.settled().await;
        let store = self.store_of(&context);
        if store.read().jobs.get(&job_uuid).is_none() && self.stores.organization().read().jobs.get(&job_uuid).is_some()
        {
            return DeleteJobResponse::Forbidden(ErrorBody::forbidden(
                "Permission denied: the job belongs to the organization",
            ));
        }
        let mut store = store.write();
        let Some(job) = store.jobs.get(&job_uuid) else {
            return DeleteJobResponse::NotFound(ErrorBody::not_found(format!("No job found with id {job_uuid}")));
        };
        if !owned_by_the_store(&job.meta.owner) {
            return DeleteJobResponse::Forbidden(ErrorBody::forbidden(
                "Permission denied: the job belongs to the organization",
            ));
        }
        if job.attributes.status == types::JobStatus::Started {
            return DeleteJobResponse::Conflict(ErrorBody::write_conflict(
                "the job has started; it can be deleted once it has finished",
            ));
        }
        store.remove_job(&job_uuid);
        DeleteJobResponse::NoContent
    }

    async fn list_schedules(
        &self,
        context: RequestContext,
        query: ListSchedulesQuery,
        headers: ListSchedulesRequestHeaders,
    ) -> ListSchedulesResponse {
        self.settled().await;
        let store = self.store_of(&context);
        match self.list(
            &store,
            |s| &s.schedules,
            "/subscriptions/schedules",
            query.filter.as_deref().map(|f| (f, Quoting::from_disable_header(headers.ep_disable_beta_filtering))),
            query.page_offset,
            query.page_limit,
        ) {
            Ok((data, links)) => ListSchedulesResponse::Ok({
                let mut list = types::ScheduleListResponse::new(data);
                list.links = Some(links);
                list
            }),
            Err(e) => ListSchedulesResponse::BadRequest(e),
        }
    }

    async fn create_schedule(
        &self,
        context: RequestContext,
        body: types::ScheduleCreateRequest,
    ) -> CreateScheduleResponse {
        self.settled().await;
        let store = self.store_of(&context);
        let attributes = body.data.attributes;
        let timing = match self.timing(&attributes.specification, &attributes.location) {
            Ok(timing) => timing,
            Err(e) => return CreateScheduleResponse::BadRequest(e),
        };
        let now = self.now();
        let scheduled_for = timing.next_after(now);
        let mut store = store.write();
        if store.schedules.len() >= crate::MAX_SCHEDULES {
            // The operation documents no 409: a limit of the fake is a 400.
            return CreateScheduleResponse::BadRequest(ErrorBody::bad_request(format!(
                "the sandbox holds its most schedules ({}): delete one first",
                crate::MAX_SCHEDULES
            )));
        }
        let created_at = store.created_at(now);
        let mut schedule_attributes = types::ScheduleResponseAttributes::new(
            created_at,
            attributes.job,
            attributes.location,
            attributes.specification,
            created_at,
        );
        schedule_attributes.external_ref = attributes.external_ref;
        schedule_attributes.name = attributes.name;
        let mut meta =
            types::ScheduleMeta::new(types::OwnerMeta::Store, types::Timestamps::new(created_at, created_at));
        meta.scheduled_for = scheduled_for;
        let schedule = types::Schedule::new(
            schedule_attributes,
            Uuid::new_v4(),
            meta,
            types::SubscriptionScheduleType::SubscriptionSchedule,
        );
        store.put_schedule(schedule.clone());
        let location = Some(self.resource_url("/subscriptions/schedules", schedule.id));
        CreateScheduleResponse::Created(
            types::ScheduleResponse::new(schedule),
            CreateScheduleCreatedHeaders { location },
        )
    }

    async fn get_schedule(&self, context: RequestContext, schedule_uuid: Uuid) -> GetScheduleResponse {
        self.settled().await;
        let store = self.store_of(&context);
        match stores::find(&store.read().schedules, &self.stores.organization().read().schedules, &schedule_uuid) {
            Some(schedule) => GetScheduleResponse::Ok(types::ScheduleResponse::new(schedule)),
            None => GetScheduleResponse::NotFound(ErrorBody::not_found(format!(
                "No schedule found with id {schedule_uuid}"
            ))),
        }
    }

    /// The new attributes and the next run are worked out from a copy, with
    /// no lock held; the write lock is then taken only to store them, if
    /// the schedule has not changed meanwhile (else `409`).
    async fn update_schedule(
        &self,
        context: RequestContext,
        schedule_uuid: Uuid,
        body: types::ScheduleUpdateRequest,
    ) -> UpdateScheduleResponse {
        self.settled().await;
        let store = self.store_of(&context);
        let update = body.data;
        let Some(current) =
            stores::find(&store.read().schedules, &self.stores.organization().read().schedules, &schedule_uuid)
        else {
            return UpdateScheduleResponse::NotFound(ErrorBody::not_found(format!(
                "No schedule found with id {schedule_uuid}"
            )));
        };
        if update.id != schedule_uuid {
            return UpdateScheduleResponse::Conflict(ErrorBody::write_conflict(format!(
                "data.id: `{}` does not match the schedule in the path, `{schedule_uuid}`",
                update.id
            )));
        }
        if !owned_by_the_store(&current.meta.owner) {
            return UpdateScheduleResponse::Forbidden(ErrorBody::forbidden(
                "Permission denied: the schedule belongs to the organization",
            ));
        }
        let mut next = current.attributes.clone();
        let changes = update.attributes;
        if let Some(external_ref) = changes.external_ref {
            next.external_ref = external_ref;
        }
        if let Some(name) = changes.name {
            next.name = name;
        }
        if let Some(specification) = changes.specification {
            next.specification = specification;
        }
        if let Some(location) = changes.location {
            next.location = location;
        }
        if let Some(job) = changes.job {
            next.job = job;
        }
        let timing = match self.timing(&next.specification, &next.location) {
            Ok(timing) => timing,
            Err(e) => return UpdateScheduleResponse::BadRequest(e),
        };
        let now = self.now();
        next.updated_at = now;
        let scheduled_for = timing.next_after(now);
        let mut store = store.write();
        match store.schedules.get(&schedule_uuid) {
            None => {
                return UpdateScheduleResponse::NotFound(ErrorBody::not_found(format!(
                    "No schedule found with id {schedule_uuid}"
                )));
            }
            Some(stored) if *stored != current => {
                return UpdateScheduleResponse::Conflict(ErrorBody::write_conflict(
                    "the schedule was changed by another request meanwhile; read it again and retry",
                ));
            }
            Some(_) => {}
        }
        let mut schedule = current;
        schedule.attributes = next;
        schedule.meta.timestamps.updated_at = now;
        schedule.meta.scheduled_for = scheduled_for;
        store.put_schedule(schedule.clone());
        UpdateScheduleResponse::Ok(types::ScheduleResponse::new(schedule))
    }

    async fn delete_schedule(&self, context: RequestContext, schedule_uuid: Uuid) -> DeleteScheduleResponse {
        self.settled().await;
        let store = self.store_of(&context);
        if store.read().schedules.get(&schedule_uuid).is_none()
            && self.stores.organization().read().schedules.get(&schedule_uuid).is_some()
        {
            return DeleteScheduleResponse::Forbidden(ErrorBody::forbidden(
                "Permission denied: the schedule belongs to the organization",
            ));
        }
        let mut store = store.write();
        match store.schedules.get(&schedule_uuid) {
            None => DeleteScheduleResponse::NotFound(ErrorBody::not_found(format!(
                "No schedule found with id {schedule_uuid}"
            ))),
            Some(schedule) if !owned_by_the_store(&schedule.meta.owner) => DeleteScheduleResponse::Forbidden(
                ErrorBody::forbidden("Permission denied: the schedule belongs to the organization"),
            ),
            Some(_) => {
                store.remove_schedule(&schedule_uuid);
                DeleteScheduleResponse::NoContent
            }
        }
    }
}
