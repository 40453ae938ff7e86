//! Terminal handling: init and restore, the event loop. (Being built: see issue 3.)

use crate::corpus::LoadError;
use crate::model::Document;

/// Options from the command line.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub mouse: bool,
}

/// The default configuration file, as `--print-config` prints it.
pub fn default_config() -> String {
    String::new()
}

/// Opens the terminal UI on the documents.
pub fn run(
    documents: Vec<Document>,
    errors: Vec<LoadError>,
    options: Options,
) -> anyhow::Result<()> {
    let _ = (documents, errors, options);
    anyhow::bail!("the terminal UI is not built yet; use `briefing export`")
}
