//! Copying through the terminal: the OSC 52 escape sequence, which works over SSH and tmux
//! (with `set -g set-clipboard on`) without a clipboard library.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// The escape sequence that asks the terminal to put `text` on the system clipboard (its bytes
/// in standard base64 with padding, as OSC 52 wants).
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", STANDARD.encode(text))
}

/// Why a copy may not reach the system clipboard, when that can be told: inside tmux, OSC 52
/// from a program is dropped unless `set-clipboard` is `on` (its default, `external`, drops
/// it). Asked of tmux once.
pub fn delivery_note() -> Option<&'static str> {
    static NOTE: std::sync::OnceLock<Option<&'static str>> = std::sync::OnceLock::new();
    *NOTE.get_or_init(|| {
        std::env::var_os("TMUX")?;
        let setting = std::process::Command::new("tmux")
            .args(["show-options", "-gv", "set-clipboard"])
            .stderr(std::process::Stdio::null())
            .output()
            .ok()
            .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string());
        match setting.as_deref() {
            Some("on") => None,
            _ => Some("tmux may drop it: add `set -g set-clipboard on` to ~/.tmux.conf"),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_wraps_the_text() {
        assert_eq!(osc52("SANA"), "\x1b]52;c;U0FOQQ==\x07");
    }

    #[test]
    fn osc52_pads_its_base64_as_the_rfc_examples_do() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(osc52(plain), format!("\x1b]52;c;{encoded}\x07"));
        }
    }
}
