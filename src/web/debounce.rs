//! Work that waits for typing to pause: run once, `delay` ms after the
//! last keystroke that asked for it.
//!
//! A timer cleared and set again on every keystroke (two calls into the
//! browser, a closure built and dropped) is work each keystroke's score
//! waits for. Here a keystroke only notes the job and when it is due; one
//! timer is set per pause, and when it fires before the job is due (typing
//! went on) it is set again for the rest. The job runs at the same moment
//! as with a timer reset on every keystroke.

use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use yew::prelude::*;

type Job = Box<dyn FnOnce()>;

#[derive(Default)]
struct State {
    /// When the job is due (`Date.now()` milliseconds).
    due: f64,
    job: Option<Job>,
    timer: Option<Timeout>,
}

/// A debounced job slot; dropped with its component (the pending timer
/// and job with it).
#[derive(Clone)]
pub struct Debounce {
    state: Rc<RefCell<State>>,
    delay: u32,
}

impl Debounce {
    /// Runs `job` `delay` ms from now, instead of any job not run yet.
    pub fn schedule(&self, job: impl FnOnce() + 'static) {
        let mut s = self.state.borrow_mut();
        s.due = js_sys::Date::now() + f64::from(self.delay);
        s.job = Some(Box::new(job));
        if s.timer.is_none() {
            s.timer = Some(arm(Rc::downgrade(&self.state), self.delay));
        }
    }
}

/// A timer that runs the job if it is due, else waits for the rest.
fn arm(state: Weak<RefCell<State>>, ms: u32) -> Timeout {
    Timeout::new(ms, move || {
        let Some(state) = state.upgrade() else {
            return;
        };
        let left = state.borrow().due - js_sys::Date::now();
        if left > 0.0 {
            // Whole milliseconds, at least one: never early, never a busy loop.
            let rest = (left.ceil() as u32).max(1);
            state.borrow_mut().timer = Some(arm(Rc::downgrade(&state), rest));
            return;
        }
        let job = {
            let mut s = state.borrow_mut();
            s.timer = None;
            s.job.take()
        };
        if let Some(job) = job {
            job();
        }
    })
}

/// A job slot for this component, run `delay` ms after the last
/// [`Debounce::schedule`].
#[hook]
pub fn use_debounce(delay: u32) -> Debounce {
    let state = use_mut_ref(State::default);
    Debounce { state, delay }
}

/// Work for the next task (a zero timeout), the last asked for: what
/// trails a keystroke's render by one task. The browser's timer is set
/// with one closure made once, when no job waits yet: a keystroke does not
/// build a closure, nor clear and drop the timer of the keystroke before.
#[derive(Clone)]
pub struct NextTask(Rc<Slot>);

struct Slot {
    next: Rc<Next>,
    fire: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

#[derive(Default)]
struct Next {
    job: RefCell<Option<Job>>,
    /// The timer set, while one is.
    timer: std::cell::Cell<Option<i32>>,
}

/// Dropped with its component: the timer waiting, if any, is cleared (it
/// would call a closure that is gone).
impl Drop for Slot {
    fn drop(&mut self) {
        if let Some(id) = self.next.timer.take() {
            gloo::utils::window().clear_timeout_with_handle(id);
        }
    }
}

impl NextTask {
    /// Runs `job` in the next task, instead of any job not run yet.
    pub fn schedule(&self, job: impl FnOnce() + 'static) {
        let Slot { next, fire } = &*self.0;
        *next.job.borrow_mut() = Some(Box::new(job));
        if next.timer.get().is_none() {
            let f = wasm_bindgen::JsCast::unchecked_ref(fire.as_ref());
            if let Ok(id) = gloo::utils::window().set_timeout_with_callback(f) {
                next.timer.set(Some(id));
            }
        }
    }
}

/// A next-task slot for this component.
#[hook]
pub fn use_next_task() -> NextTask {
    (*use_memo((), |_| {
        let next = Rc::new(Next::default());
        let weak = Rc::downgrade(&next);
        let fire = wasm_bindgen::closure::Closure::new(move || {
            let Some(next) = weak.upgrade() else {
                return;
            };
            next.timer.set(None);
            let job = next.job.borrow_mut().take();
            if let Some(job) = job {
                job();
            }
        });
        NextTask(Rc::new(Slot { next, fire }))
    }))
    .clone()
}
