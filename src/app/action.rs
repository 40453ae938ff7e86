//! The closed list of things a user can do.
//!
//! Keys map to [`Action`]s through the keymap; mouse, resize and typed text arrive as the
//! data-carrying variants. [`App::update`](super::App::update) is the only place that acts on
//! them, so every behaviour can be tested by sending actions, without a terminal.

/// One user action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    /// Stop the program as Ctrl-z does in a shell; `fg` brings it back. The terminal shell
    /// acts on it (it needs the terminal), so [`App::update`](super::App::update) ignores it.
    Suspend,
    /// Close the overlay, cancel the input, or clear the highlight, search and message.
    Clear,
    FocusNext,
    FocusPrevious,
    /// The pane to the left (briefings ← article ← entities and quotes).
    FocusLeft,
    /// The pane to the right.
    FocusRight,
    /// Widen the briefing list.
    WiderList,
    /// Narrow the briefing list.
    NarrowerList,
    /// The next order of the focused list.
    CycleSort,
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    HalfPageUp,
    HalfPageDown,
    NextBriefing,
    PreviousBriefing,
    ToggleBriefings,
    /// Focus mode: only the selection stays lit.
    ToggleTint,
    /// Light up the selected entity's mentions or source's quotations.
    Activate,
    NextMark,
    PreviousMark,
    /// Select the entity under or after the reading position.
    EntityAtReading,
    /// The selected entity or source in the next briefing of its dossier.
    OtherBriefing,
    /// The selected entity or source in the previous briefing of its dossier.
    PreviousOtherBriefing,
    /// Everything the folder says about the selected entity or source.
    Dossier,
    /// Back to where the last jump left from.
    JumpBack,
    /// Forward again, after a jump back.
    JumpForward,
    /// Label the names on screen to pick one by typing its label.
    Hints,
    /// Search the article, or filter the focused list.
    Search,
    Copy,
    ToggleMouse,
    ToggleHelp,
    /// Mark the briefing on screen read or unread.
    ToggleRead,
    /// Keyword-in-context lines for the selected entity's mentions.
    ToggleContext,
    /// Open the briefing's link (`Meta::url`) with the system's opener (`gx`).
    OpenLink,
    // Not bound to keys: they carry what the terminal reported.
    Resize {
        width: u16,
        height: u16,
    },
    Click {
        column: u16,
        row: u16,
    },
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
    Type(char),
    Backspace,
    Submit,
}

impl Action {
    /// Every action a key can be bound to, with its name in the configuration file.
    pub const BINDABLE: [(Action, &'static str); 39] = [
        (Action::Quit, "quit"),
        (Action::Suspend, "suspend"),
        (Action::Clear, "clear"),
        (Action::FocusNext, "focus_next"),
        (Action::FocusPrevious, "focus_previous"),
        (Action::Up, "up"),
        (Action::Down, "down"),
        (Action::Top, "top"),
        (Action::Bottom, "bottom"),
        (Action::PageUp, "page_up"),
        (Action::PageDown, "page_down"),
        (Action::HalfPageUp, "half_page_up"),
        (Action::HalfPageDown, "half_page_down"),
        (Action::NextBriefing, "next_briefing"),
        (Action::PreviousBriefing, "previous_briefing"),
        (Action::ToggleBriefings, "toggle_briefings"),
        (Action::ToggleTint, "toggle_tint"),
        (Action::Activate, "activate"),
        (Action::NextMark, "next_mark"),
        (Action::PreviousMark, "previous_mark"),
        (Action::EntityAtReading, "entity_at_reading"),
        (Action::OtherBriefing, "other_briefing"),
        (Action::PreviousOtherBriefing, "previous_other_briefing"),
        (Action::Dossier, "dossier"),
        (Action::JumpBack, "jump_back"),
        (Action::JumpForward, "jump_forward"),
        (Action::Hints, "hints"),
        (Action::Search, "search"),
        (Action::Copy, "copy"),
        (Action::ToggleMouse, "toggle_mouse"),
        (Action::ToggleHelp, "toggle_help"),
        (Action::ToggleContext, "toggle_context"),
        (Action::FocusLeft, "focus_left"),
        (Action::FocusRight, "focus_right"),
        (Action::WiderList, "wider_list"),
        (Action::NarrowerList, "narrower_list"),
        (Action::CycleSort, "cycle_sort"),
        (Action::ToggleRead, "toggle_read"),
        (Action::OpenLink, "open_link"),
    ];

    /// The configuration name of a bindable action.
    pub fn name(self) -> Option<&'static str> {
        Self::BINDABLE
            .iter()
            .find(|(action, _)| *action == self)
            .map(|(_, name)| *name)
    }

    pub fn from_name(name: &str) -> Option<Action> {
        Self::BINDABLE
            .iter()
            .find(|(_, candidate)| *candidate == name)
            .map(|(action, _)| *action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for (action, name) in Action::BINDABLE {
            assert_eq!(Action::from_name(name), Some(action));
            assert_eq!(action.name(), Some(name));
        }
        assert_eq!(Action::Submit.name(), None);
    }
}
