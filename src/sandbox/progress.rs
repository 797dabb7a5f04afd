//! Where a sandbox resource stands at a given age: the spec's `x-progress` states that are neither
//! success nor failure, in order, one step each, then the success state (or the failure state for a
//! resource made to fail). Derived from the creation time, so nothing runs in the background.

use std::time::Duration;

use crate::jobs::Progress;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lifecycle {
    steps: Vec<String>,
    success: String,
    failure: String,
}

impl Lifecycle {
    pub fn new(progress: &Progress) -> Lifecycle {
        let ends = |s: &String| progress.success.contains(s) || progress.failure.contains(s);
        let steps: Vec<String> = progress.states.iter().filter(|s| !ends(s)).cloned().collect();
        // A spec that names no success state ends in its last listed state.
        let success = progress.success.first().or(progress.states.last()).cloned().unwrap_or_default();
        let failure = progress.failure.first().cloned().unwrap_or_else(|| success.clone());
        Lifecycle { steps, success, failure }
    }

    /// The state after `age`, when each intermediate state lasts `step`.
    pub fn state_at(&self, age: Duration, step: Duration, fails: bool) -> &str {
        let index = (age.as_nanos() / step.as_nanos().max(1)).min(usize::MAX as u128) as usize;
        match self.steps.get(index) {
            Some(state) => state,
            None if fails => &self.failure,
            None => &self.success,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Catalog;

    fn lifecycle(id: &str) -> Lifecycle {
        let catalog = Catalog::embedded().expect("specs");
        Lifecycle::new(&Progress::of(catalog.get(id).expect("spec")).expect("progress"))
    }

    #[test]
    fn huawei_jobs_go_init_running_then_success_or_fail() {
        let life = lifecycle("huaweicloud.ecs.CreateServers");
        let step = Duration::from_secs(1);
        let at = |ms, fails| life.state_at(Duration::from_millis(ms), step, fails).to_owned();
        assert_eq!(
            [at(0, false), at(999, false), at(1000, false), at(2000, false)],
            ["INIT", "INIT", "RUNNING", "SUCCESS"]
        );
        assert_eq!(at(5000, true), "FAIL");
    }

    #[test]
    fn starrocks_walks_its_build_states_in_order() {
        let life = lifecycle("aliyun.starrocks.CreateInstanceV1");
        let step = Duration::from_millis(10);
        let seen: Vec<&str> = (0..7).map(|i| life.state_at(step * i, step, false)).collect();
        assert_eq!(seen, ["not_init", "unpaid", "paid", "creating", "created", "running", "running"]);
        assert_eq!(life.state_at(step * 9, step, true), "creating_failed");
    }
}
