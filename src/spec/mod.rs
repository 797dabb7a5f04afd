//! The API specs: OpenAPI 3.1 files (one per API, embedded from assets/specs) read once into `Spec`,
//! and the `Catalog` that finds a spec by id.

mod catalog;
mod model;
pub mod schema_walk;
pub mod secrets;
mod summary;

pub use catalog::{Catalog, SpecError};
pub use model::{Codes, Example, Param, ParamIn, Role, Spec, Style};
pub use summary::Summary;
