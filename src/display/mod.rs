//! `runde display`: a read-only view for the room that follows the live
//! session in another terminal through the room state the store publishes.

pub mod follow;
pub mod runtime;
pub mod screen;
