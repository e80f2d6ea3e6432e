//! The status line at the top of a guide: one polite live region saying what the person should
//! know about the device (offline, a new version waiting, answers that cannot be kept and why).

use crate::i18n::Words;
use leptos::prelude::*;

/// What the guide tells the person about the device, in one polite live region at the top:
/// offline, a new version waiting, drafts that cannot be kept.
#[derive(Clone, Copy)]
pub struct Status {
    /// The browser is online.
    pub online: RwSignal<bool>,
    /// A new version has installed and takes over at 重新开始.
    pub update_ready: RwSignal<bool>,
    /// The device refused to keep a draft (storage blocked or full).
    pub not_saved: RwSignal<bool>,
    /// This service is open in another tab, which writes its draft: answers here are not kept.
    pub other_tab: RwSignal<bool>,
    /// A newer version wrote this service's draft: it is not overwritten.
    pub newer_draft: RwSignal<bool>,
    /// An answer that is never kept (an ID number) is asked again after a reload.
    pub asked_again: RwSignal<bool>,
}

/// The status line: each thing that holds, in the words on screen (a message per line).
#[component]
pub fn StatusLine(
    /// What holds now.
    status: Status,
    /// The words on screen (the widget's zh-CN words until content has loaded).
    words: RwSignal<Option<Words>>,
) -> impl IntoView {
    let lines = move || {
        let words = words.get().unwrap_or_else(Words::widget_only);
        let t = |shown: bool, id: &str| shown.then(|| view! { <p>{words.t(id)}</p> });
        view! {
            {t(!status.online.get(), "status-offline")}
            {t(status.update_ready.get(), "status-update")}
            {t(status.not_saved.get(), "status-not-saved")}
            {t(status.other_tab.get(), "status-other-tab")}
            {t(status.newer_draft.get(), "status-newer-draft")}
            {t(status.asked_again.get(), "status-asked-again")}
        }
    };
    view! { <div class="wm-status" role="status">{lines}</div> }
}
