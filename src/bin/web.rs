//! The web app's entry point (built by Trunk with `--features web`).
fn main() {
    sme_calc::web::start();
}
