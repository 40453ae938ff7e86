//! The configuration file: key bindings and colours, `$XDG_CONFIG_HOME/briefing/config.toml`
//! (or `~/.config/briefing/config.toml`).
//!
//! Every entry is optional and checked on its own: a bad entry is reported with its line and
//! the default stays in force for it, so a typo never costs the whole file. `--print-config`
//! prints [`default_text`], which this module also parses back in its tests.

use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};

use crate::app::Key;
use crate::app::action::Action;
use crate::app::keymap::Keymap;
use crate::corpus::LoadProblem;
use crate::ui::theme::{Theme, parse_style, style_to_string};

/// What a configuration file set.
#[derive(Debug, Clone)]
pub struct Config {
    pub keymap: Keymap,
    pub theme: Theme,
    /// `mouse = true` turns the mouse on at start, as `--mouse` does.
    pub mouse: bool,
}

/// One problem in the file, with the line it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Line 0 is the file as a whole.
        if self.line == 0 {
            write!(f, "{}", self.message)
        } else {
            write!(f, "line {}: {}", self.line, self.message)
        }
    }
}

/// Where the configuration file is looked for.
pub fn path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".config")))?;
    Some(base.join("briefing").join("config.toml"))
}

/// The largest configuration file read: a real one is a few KiB, and a link to `/dev/zero` or
/// a huge file must not be read without end.
pub const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// Reads the file at `path` over the defaults. A missing file is no problem; one that cannot
/// be used (unreadable, not UTF-8, a FIFO or a device, over [`MAX_CONFIG_BYTES`]) is one
/// problem (line 0) and the defaults stand. The file is guarded as briefing files are
/// ([`crate::corpus::read_regular`]): a FIFO is never waited on, a device never read.
pub fn load(path: &Path, theme: Theme) -> (Config, Vec<Problem>) {
    let read = crate::corpus::read_regular(path, MAX_CONFIG_BYTES).and_then(|bytes| {
        String::from_utf8(bytes)
            .map_err(|error| LoadProblem::NotUtf8(error.utf8_error().valid_up_to()))
    });
    match read {
        Ok(text) => parse(&text, theme),
        Err(LoadProblem::Missing) => (defaults(theme), Vec::new()),
        Err(problem) => (
            defaults(theme),
            vec![Problem {
                line: 0,
                message: format!("cannot be used: {problem}"),
            }],
        ),
    }
}

fn defaults(theme: Theme) -> Config {
    Config {
        keymap: Keymap::default(),
        theme,
        mouse: false,
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(1, |before| before.matches('\n').count() + 1)
}

/// Parses a configuration text over the defaults (`theme` is the base theme, so `NO_COLOR`
/// still starts from the style-only one).
pub fn parse(text: &str, theme: Theme) -> (Config, Vec<Problem>) {
    let mut config = defaults(theme);
    let mut problems = Vec::new();
    let table = match DeTable::parse(text) {
        Ok(table) => table.into_inner(),
        Err(error) => {
            let line = error.span().map_or(1, |span| line_of(text, span.start));
            let message = error.message().trim().to_string();
            problems.push(Problem { line, message });
            return (config, problems);
        }
    };
    let mut problem = |offset: usize, message: String| {
        problems.push(Problem {
            line: line_of(text, offset),
            message,
        })
    };
    for (key, value) in table.iter() {
        let at = key.span().start;
        match (key.get_ref().as_ref(), value.get_ref()) {
            ("theme", DeValue::String(name)) => match Theme::named(name, config.theme) {
                Some(theme) => config.theme = theme,
                None => problem(
                    at,
                    format!("unknown theme {name:?} (expected light or dark)"),
                ),
            },
            ("theme", _) => problem(at, "theme must be \"light\" or \"dark\"".into()),
            ("mouse", DeValue::Boolean(on)) => config.mouse = *on,
            ("mouse", _) => problem(at, "mouse must be true or false".into()),
            ("keys", DeValue::Table(keys)) => {
                for (name, keys) in keys.iter() {
                    let at = name.span().start;
                    let Some(action) = Action::from_name(name.get_ref()) else {
                        problem(
                            at,
                            format!("unknown action {:?} in [keys]", name.get_ref().as_ref()),
                        );
                        continue;
                    };
                    match chords(keys.get_ref()) {
                        Ok(chords) => config.keymap.rebind(action, &chords),
                        Err(message) => {
                            problem(at, format!("{}: {message}", name.get_ref().as_ref()))
                        }
                    }
                }
            }
            ("colors", DeValue::Table(colors)) => {
                for (name, style) in colors.iter() {
                    let at = name.span().start;
                    let Some(slot) = config.theme.slot_mut(name.get_ref()) else {
                        problem(
                            at,
                            format!(
                                "unknown colour slot {:?} in [colors] (slots: {})",
                                name.get_ref().as_ref(),
                                Theme::SLOTS.join(", ")
                            ),
                        );
                        continue;
                    };
                    let DeValue::String(words) = style.get_ref() else {
                        problem(
                            at,
                            format!(
                                "{} must be a string like \"black on yellow bold\"",
                                name.get_ref().as_ref()
                            ),
                        );
                        continue;
                    };
                    match parse_style(words) {
                        Ok(parsed) => *slot = parsed,
                        Err(message) => {
                            problem(at, format!("{}: {message}", name.get_ref().as_ref()))
                        }
                    }
                }
            }
            (other, _) => problem(
                at,
                format!("unknown setting {other:?} (expected mouse, theme, [keys] or [colors])"),
            ),
        }
    }
    problems.sort_by_key(|p| p.line);
    (config, problems)
}

/// A key list: one string or an array of strings.
fn chords(value: &DeValue<'_>) -> Result<Vec<Key>, String> {
    let names: Vec<&str> = match value {
        DeValue::String(name) => vec![name.as_ref()],
        DeValue::Array(items) => items
            .iter()
            .map(|item| match item.get_ref() {
                DeValue::String(name) => Ok(name.as_ref()),
                _ => Err("keys must be strings".to_string()),
            })
            .collect::<Result<_, _>>()?,
        _ => return Err("expected a key or a list of keys, like [\"n\", \"C-n\"]".into()),
    };
    names
        .into_iter()
        .map(|name| name.parse::<Key>().map_err(|e| e.to_string()))
        .collect()
}

/// The default configuration, as `--print-config` prints it: every action with its keys,
/// every colour slot with its style.
pub fn default_text() -> String {
    let keymap = Keymap::default();
    let theme = Theme::ansi();
    let mut out = String::from(
        "# briefing configuration: save as $XDG_CONFIG_HOME/briefing/config.toml\n\
         # (usually ~/.config/briefing/config.toml). Every entry is optional; delete what you\n\
         # do not change. A bad entry is reported with its line and its default stays.\n\n\
         # Start with the mouse on (wheel scrolls, click focuses and selects), like --mouse.\n\
         mouse = false\n\n\
         # Keys: action = [\"key\", ...]. Names: j, J, C-d (ctrl), A-x (alt), Enter, Esc, Tab,\n\
         # S-Tab, Space, Backspace, Up, Down, Left, Right, Home, End, PgUp, PgDn, F1..F12.\n\
         [keys]\n",
    );
    for (action, name) in Action::BINDABLE {
        let keys: Vec<String> = keymap
            .keys_for(action)
            .iter()
            .map(|k| format!("{:?}", k.to_string()))
            .collect();
        let description = keymap
            .bindings()
            .iter()
            .find(|b| b.action == action)
            .map_or("", |b| b.description);
        out.push_str(&format!(
            "{name} = [{}]  # {description}\n",
            keys.join(", ")
        ));
    }
    out.push_str(
        "\n# Colours: \"FG on BG ATTRIBUTES\"; colours are the 16 ANSI names (black, red, green,\n\
         # yellow, blue, magenta, cyan, gray, darkgray, lightred, ..., white), default, or\n\
         # #rrggbb; attributes: bold, dim, italic, underline, reverse, strike; \"plain\" for none.\n\
         # Under NO_COLOR the defaults use attributes only.\n\
         [colors]\n",
    );
    for slot in Theme::SLOTS {
        let style = theme.slot(slot).unwrap_or_default();
        out.push_str(&format!("{slot} = {:?}\n", style_to_string(style)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_text_parses_back_to_the_defaults() {
        let (config, problems) = parse(&default_text(), Theme::ansi());
        assert_eq!(problems, []);
        assert_eq!(config.theme, Theme::ansi());
        assert_eq!(
            config.keymap.keys_for(Action::NextMark),
            Keymap::default().keys_for(Action::NextMark)
        );
    }

    #[test]
    fn entries_change_keys_and_colours() {
        let text = "mouse = true\n[keys]\nnext_mark = [\"x\", \"C-n\"]\n[colors]\nselected = \"white on blue\"\n";
        let (config, problems) = parse(text, Theme::ansi());
        assert_eq!(problems, []);
        assert!(config.mouse);
        assert_eq!(
            config.keymap.keys_for(Action::NextMark),
            [Key::char('x'), Key::ctrl('n')]
        );
        assert_eq!(
            config.theme.selected,
            parse_style("white on blue").unwrap_or_default()
        );
    }

    #[test]
    fn bad_entries_name_their_line_and_keep_the_defaults() {
        let text = "[keys]\nnext_mark = [\"Hyper-q\"]\njump = \"j\"\n\n[colors]\nselected = \"purple\"\nperson = \"red\"\n";
        let (config, problems) = parse(text, Theme::ansi());
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [2, 3, 6]);
        assert!(problems[0].message.contains("Hyper-q"), "{}", problems[0]);
        assert!(problems[1].message.contains("\"jump\""), "{}", problems[1]);
        assert_eq!(config.keymap.keys_for(Action::NextMark), [Key::char('n')]);
        assert_eq!(config.theme.selected, Theme::ansi().selected);
        assert_eq!(config.theme.person, parse_style("red").unwrap_or_default());
    }

    /// Runs `load` on a thread, so a load that blocks fails the test instead of hanging it.
    fn load_within_seconds(path: &Path) -> (Config, Vec<Problem>) {
        let path = path.to_path_buf();
        let (done, result) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = done.send(load(&path, Theme::ansi()));
        });
        result
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("loading the configuration blocked")
    }

    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let made = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .unwrap();
        assert!(made.success());
        let (config, problems) = load_within_seconds(&path);
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].to_string(),
            "cannot be used: not a regular file (FIFO)"
        );
        assert!(!config.mouse);
    }

    #[test]
    fn a_link_to_dev_zero_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
        let (_, problems) = load_within_seconds(&path);
        assert_eq!(
            problems[0].to_string(),
            "cannot be used: not a regular file (character device)"
        );
    }

    #[test]
    fn a_file_over_the_cap_is_refused_and_a_missing_one_is_no_problem() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let mut text = "mouse = true\n".to_string();
        text.push_str(&"# padding\n".repeat(120_000));
        std::fs::write(&path, text).unwrap();
        let (config, problems) = load_within_seconds(&path);
        assert_eq!(
            problems[0].to_string(),
            "cannot be used: larger than the 1 MiB limit"
        );
        assert!(!config.mouse, "defaults stand");
        let (_, problems) = load_within_seconds(&dir.path().join("missing.toml"));
        assert_eq!(problems, []);
    }

    #[test]
    fn a_syntax_error_names_its_line() {
        let (config, problems) = parse("mouse = true\n[keys\n", Theme::ansi());
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 2);
        assert!(!config.mouse);
    }

    #[test]
    fn theme_light_is_a_setting_and_a_bad_name_is_named() {
        let (config, problems) = parse("theme = \"light\"\n", Theme::ansi());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(config.theme, Theme::light());
        let (config, problems) = parse("theme = \"light\"\n", Theme::no_color());
        assert!(problems.is_empty());
        assert_eq!(config.theme, Theme::no_color(), "NO_COLOR wins");
        let (_, problems) = parse("theme = \"sepia\"\n", Theme::ansi());
        assert!(problems[0].message.contains("sepia"), "{problems:?}");
    }
}
