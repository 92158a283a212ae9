//! End to end: the real binary in a real terminal (tmux, 120×40). Opens the bundled
//! samples, navigates with keys to 襄城 → 二、 → (七), checks the content pane from
//! `tmux capture-pane`, quits, and checks the terminal came back (alternate screen off,
//! cursor shown, the shell reading lines again). A second test sends SIGTERM instead of
//! quitting (exit status 143); others suspend with Ctrl-Z and come back with `fg`, and
//! inject a failure into one report. Skipped, with a message, only when tmux is not
//! installed.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A private tmux server, killed when dropped.
struct Tmux {
    socket: String,
    _config_home: tempfile::TempDir,
}

impl Tmux {
    fn start(name: &str) -> Option<Tmux> {
        Self::start_with(name, &[])
    }

    fn start_with(name: &str, env: &[(&str, &str)]) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("SKIPPED: tmux is not installed (CI installs it; see .ci/run)");
            return None;
        }
        let socket = format!("baogao-e2e-{name}-{}", std::process::id());
        let config_home = tempfile::tempdir().unwrap();
        let tmux = Tmux {
            socket,
            _config_home: config_home,
        };
        let xdg = tmux._config_home.path().display().to_string();
        let mut vars = vec![format!("XDG_CONFIG_HOME={xdg}"), "PS1=$ ".to_string()];
        vars.extend(env.iter().map(|(k, v)| format!("{k}={v}")));
        let mut args = vec![
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            "120",
            "-y",
            "40",
        ];
        for v in &vars {
            args.push("-e");
            args.push(v);
        }
        args.push("sh");
        let out = tmux.run(&args);
        assert!(
            out.status.success(),
            "tmux: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // Esc is a key here, not the start of a sequence to wait for.
        tmux.run(&["set-option", "-s", "escape-time", "0"]);
        Some(tmux)
    }

    /// Write the config file the binary in this server will read.
    fn write_config(&self, text: &str) {
        let dir = self._config_home.path().join("baogao");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("config.toml"), text).unwrap();
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "0"];
        args.extend_from_slice(keys);
        assert!(self.run(&args).status.success());
    }

    fn line(&self, text: &str) {
        let out = self.run(&["send-keys", "-t", "0", "-l", text]);
        assert!(out.status.success());
        self.keys(&["Enter"]);
    }

    fn capture(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "0"]).stdout).into_owned()
    }

    fn flag(&self, format: &str) -> String {
        let out = self.run(&["display-message", "-p", "-t", "0", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Poll the screen until `pred` holds, for at most ten seconds.
    fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        self.wait_up_to(Duration::from_secs(10), what, pred)
    }

    /// Poll the screen until `pred` holds, for at most `limit`.
    fn wait_up_to(&self, limit: Duration, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if pred(&screen) {
                return screen;
            }
            if start.elapsed() > limit {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn assert_restored(&self) {
        self.assert_restored_with(0);
    }

    /// The program exited with `status` and the terminal is the shell's again.
    fn assert_restored_with(&self, status: i32) {
        let exited = format!("BAOGAO_EXITED={status}");
        let screen = self.wait_for("the shell after exit", |s| s.contains(&exited));
        assert_eq!(
            self.flag("#{alternate_on}"),
            "0",
            "alternate screen left on:\n{screen}"
        );
        assert_eq!(self.flag("#{cursor_flag}"), "1", "cursor left hidden");
        assert_eq!(self.flag("#{mouse_any_flag}"), "0", "mouse capture left on");
        // The shell reads and echoes whole lines again: raw mode is off.
        self.line("echo RESTORED_$((40+2))");
        self.wait_for("the shell to answer", |s| s.contains("RESTORED_42"));
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_baogao")
}

#[test]
fn navigate_to_xiangcheng_two_seven_then_quit_restores_the_terminal() {
    let Some(tmux) = Tmux::start("nav") else {
        return;
    };
    tmux.line(&format!("{}; echo BAOGAO_EXITED=$?", binary()));
    tmux.wait_for("the samples to load", |s| {
        s.contains("bundled samples") && s.contains("襄城 2020") && !s.contains("loading")
    });
    assert_eq!(tmux.flag("#{alternate_on}"), "1");
    // Report list, last report (襄城), open it, next top-level heading (二、), first
    // child ((一)), six down ((七)), show it.
    tmux.keys(&["BTab", "G", "Enter", "}", "l"]);
    tmux.keys(&["j", "j", "j", "j", "j", "j", "Enter"]);
    // The content pane's title and its first row are (七)'s, and the status bar agrees.
    // (Polled as one condition: a capture can catch a frame half written.)
    tmux.wait_for("(七) in the content pane", |s| {
        s.contains("┌ 二、(七) 推进法律顾问体系建设")
            && s.contains("推进法律顾问体系建设。着力构建")
            && s.contains("襄城 2020 · 二、(七) · line 39")
    });
    tmux.keys(&["q"]);
    tmux.assert_restored();
}

#[test]
fn search_popup_pinyin_initials_enter_then_quit_restores_the_terminal() {
    let Some(tmux) = Tmux::start("search") else {
        return;
    };
    tmux.line(&format!("{}; echo BAOGAO_EXITED=$?", binary()));
    tmux.wait_for("the samples to load", |s| {
        s.contains("bundled samples") && s.contains("襄城 2020") && !s.contains("loading")
    });
    tmux.keys(&["/"]);
    tmux.wait_for("the popup", |s| s.contains("Search"));
    tmux.keys(&["x", "z", "f", "y"]);
    // The index is built in the background (seconds in a debug build on a busy
    // machine); the first heading result for xzfy is 侯马's 一是加强行政复议工作.
    tmux.wait_up_to(Duration::from_secs(60), "xzfy's results", |s| {
        s.contains("Search headings")
            && s.contains("/ xzfy")
            && s.contains("> 一是 加强行政复议工作  侯马 2023")
    });
    tmux.keys(&["Enter"]);
    // The section's first line at the pane's left edge, or after the two-column findings
    // gutter once 侯马's review has arrived (it may land before or after this frame).
    tmux.wait_for("the 行政复议 section in the content pane", |s| {
        !s.contains("Search headings")
            && s.contains("┏ 一、(五)一是 加强行政复议工作")
            && (s.contains("┃一是加强行政复议工作。扎实开展")
                || s.contains("┃  一是加强行政复议工作。扎实开展"))
            && s.contains("侯马 2023 · 一、(五)一是")
    });
    tmux.keys(&["q"]);
    tmux.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let Some(tmux) = Tmux::start("term") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pid");
    tmux.line(&format!(
        "sh -c 'echo $$ > {}; exec {}'; echo BAOGAO_EXITED=$?",
        pid_file.display(),
        binary()
    ));
    tmux.wait_for("the samples to load", |s| s.contains("襄城 2020"));
    let pid = read_pid(&pid_file);
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    // Ended by SIGTERM (15): exit status 128 + 15, as shells report it.
    tmux.assert_restored_with(143);
}

fn read_pid(path: &Path) -> String {
    let start = Instant::now();
    loop {
        if let Ok(text) = std::fs::read_to_string(path) {
            if text.ends_with('\n') {
                return text.trim().to_string();
            }
        }
        assert!(start.elapsed() < Duration::from_secs(10), "no pid file");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn config_remaps_keys_and_a_bad_entry_is_reported_not_fatal() {
    let Some(tmux) = Tmux::start("config") else {
        return;
    };
    tmux.write_config("theme = \"purple\"\n[keys]\nquit = \"x\"\n");
    tmux.line(&format!("{}; echo BAOGAO_EXITED=$?", binary()));
    let screen = tmux.wait_for("the config problem in the status bar", |s| {
        s.contains("unknown theme")
    });
    assert!(
        screen.contains("x quit"),
        "hints follow the remap:\n{screen}"
    );
    // q is no longer bound; the UI is still there after it.
    tmux.keys(&["q", "j"]);
    tmux.wait_for("the UI to take the keys", |s| !s.contains("unknown theme"));
    assert_eq!(
        tmux.flag("#{alternate_on}"),
        "1",
        "q quit despite the remap"
    );
    tmux.keys(&["x"]);
    tmux.assert_restored();
}

#[test]
fn e_runs_the_editor_at_the_line_and_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.txt");
    std::fs::write(
        &report,
        "一、总体情况\n全年办理案件4件。\n二、主要做法\n开展培训3次。\n",
    )
    .unwrap();
    let args_file = dir.path().join("args");
    let editor = dir.path().join("editor.sh");
    std::fs::write(
        &editor,
        format!("#!/bin/sh\necho \"$@\" > {}\n", args_file.display()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let editor_path = editor.display().to_string();
    let Some(tmux) = Tmux::start_with("editor", &[("EDITOR", &editor_path), ("VISUAL", "")]) else {
        return;
    };
    tmux.line(&format!(
        "{} {}; echo BAOGAO_EXITED=$?",
        binary(),
        report.display()
    ));
    tmux.wait_for("the report", |s| {
        s.contains("二、主要做法") && !s.contains("loading")
    });
    tmux.keys(&["j", "e"]);
    let start = Instant::now();
    let args = loop {
        if let Ok(text) = std::fs::read_to_string(&args_file) {
            if text.ends_with('\n') {
                break text;
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the editor never ran"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(args.trim(), format!("+3 {}", report.display()));
    // Back in the UI, redrawn in full, still on 二、.
    tmux.wait_for("the UI after the editor", |s| {
        s.contains("report.txt") && s.contains("· 二、 · line 3")
    });
    assert_eq!(tmux.flag("#{alternate_on}"), "1");
    tmux.keys(&["q"]);
    tmux.assert_restored();
}

#[test]
fn figures_arrive_from_the_worker_and_enter_jumps_to_the_sentence() {
    let Some(tmux) = Tmux::start("figures") else {
        return;
    };
    tmux.line(&format!("{}; echo BAOGAO_EXITED=$?", binary()));
    tmux.wait_for("the samples to load", |s| {
        s.contains("襄城 2020") && !s.contains("loading")
    });
    // The list shows outline nodes until the analysis thread has counted figures; keys
    // work meanwhile (the UI never waits for jieba). A debug build on a busy machine
    // can take a while, hence the longer bound.
    tmux.keys(&["BTab", "G", "Enter", "}", "Enter", "Tab", "Tab", "Tab"]);
    tmux.wait_up_to(Duration::from_secs(90), "the figures of 二、", |s| {
        s.contains("Figures · 二、 (") && s.contains("区级政务服务") && s.contains(" Fig ")
    });
    // The third figure (665项 of the service list), then Enter: the content pane shows
    // its sentence.
    tmux.keys(&["j", "j", "Enter"]);
    tmux.wait_for("the sentence in the content pane", |s| {
        s.contains("区级政务服务事项665项")
    });
    tmux.keys(&["q"]);
    tmux.assert_restored();
}

/// A dropped session (the terminal disappears, as when SSH drops or tmux is killed) must
/// end the process: crossterm keeps polling a dead tty, so the signal thread has to.
#[test]
fn a_dropped_terminal_ends_the_process() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipping: tmux is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pid");
    let socket = format!("baogao-e2e-hup-{}", std::process::id());
    let script = format!("echo $$ > {}; exec {}", pid_file.display(), binary());
    let started = Command::new("tmux")
        .args([
            "-L",
            &socket,
            "new-session",
            "-d",
            "-x",
            "100",
            "-y",
            "30",
            "sh",
            "-c",
        ])
        .arg(&script)
        .status()
        .unwrap();
    assert!(started.success());
    let screen = |socket: &str| {
        let out = Command::new("tmux")
            .args(["-L", socket, "capture-pane", "-p"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let start = Instant::now();
    while !screen(&socket).contains("Reports") {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the UI never drew"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let pid = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .to_string();
    let proc_dir = std::path::PathBuf::from(format!("/proc/{pid}"));
    assert!(proc_dir.exists());
    Command::new("tmux")
        .args(["-L", &socket, "kill-server"])
        .status()
        .unwrap();
    let start = Instant::now();
    let running = || {
        std::fs::read_to_string(proc_dir.join("stat"))
            .map(|s| !s.contains(") Z "))
            .unwrap_or(false)
    };
    while running() {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "baogao {pid} still running after its terminal went away"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_redraws() {
    let Some(tmux) = Tmux::start("suspend") else {
        return;
    };
    tmux.line(binary());
    tmux.wait_for("the samples to load", |s| {
        s.contains("襄城 2020") && !s.contains("loading")
    });
    tmux.keys(&["C-z"]);
    // The shell has the terminal back: main screen, cooked mode, its prompt answering.
    tmux.wait_for("the shell after Ctrl-Z", |s| s.contains("Stopped"));
    assert_eq!(tmux.flag("#{alternate_on}"), "0");
    assert_eq!(tmux.flag("#{cursor_flag}"), "1");
    tmux.line("echo SUSPENDED_$((40+2))");
    tmux.wait_for("the shell to answer", |s| s.contains("SUSPENDED_42"));
    // `fg`: the whole screen is drawn again and keys work.
    tmux.line("fg");
    tmux.wait_for("the UI after fg", |s| {
        s.contains("Reports (5)") && s.contains("襄城 2020") && !s.contains("SUSPENDED_42")
    });
    assert_eq!(tmux.flag("#{alternate_on}"), "1");
    tmux.keys(&["?"]);
    tmux.wait_for("the help overlay", |s| s.contains("suspend to the shell"));
    tmux.keys(&["Escape"]);
    tmux.wait_for("the help overlay to close", |s| {
        !s.contains("suspend to the shell")
    });
    tmux.keys(&["q"]);
    tmux.wait_for("the UI to go", |s| !s.contains("Reports (5)"));
    tmux.line("echo BAOGAO_EXITED=$?");
    tmux.assert_restored();
}

/// A report whose analysis panics is marked failed in the list, with the reason, and
/// the others keep working; a report whose reading panics is listed failed too. The
/// failures are injected through the debug-only `BAOGAO_TEST_PANIC_ON` hook.
#[test]
fn a_report_that_panics_is_marked_failed_and_the_rest_keep_working() {
    let Some(tmux) = Tmux::start_with(
        "panic",
        &[
            (
                "BAOGAO_TEST_PANIC_ON",
                "analysis:houma-2023.txt,load:puyang-2019.txt",
            ),
            ("RUST_BACKTRACE", "0"),
        ],
    ) else {
        return;
    };
    tmux.line(&format!("{}; echo BAOGAO_EXITED=$?", binary()));
    let screen = tmux.wait_up_to(Duration::from_secs(90), "houma marked failed", |s| {
        s.contains("侯马 2023 …  failed ✗")
            && s.contains("puyang-201…  failed ✗")
            && s.contains(" Fig ")
            && !s.contains("loading")
            && s.contains("3 reports · 3 with findings · 2 failed")
    });
    // Nothing the hook would print reached the screen.
    assert!(!screen.contains("panicked"), "{screen}");
    // The three that work were reviewed; the two that failed count as failed only.
    assert!(
        screen.contains("3 reports · 3 with findings · 2 failed"),
        "{screen}"
    );
    // The reason of the analysis failure, in the info pane.
    tmux.keys(&["BTab", "j"]);
    tmux.wait_for("houma's reason in the info pane", |s| {
        s.contains("│failed: figures and")
    });
    // Back to the outline.
    tmux.keys(&["Tab"]);
    // The others work: 襄城's figures arrive and Enter on one shows its sentence.
    tmux.keys(&["BTab", "G", "Enter", "}", "Enter", "Tab", "Tab", "Tab"]);
    tmux.wait_up_to(Duration::from_secs(90), "the figures of 二、", |s| {
        s.contains("Figures · 二、 (") && s.contains("区级政务服务")
    });
    tmux.keys(&["j", "j", "Enter"]);
    tmux.wait_for("the sentence in the content pane", |s| {
        s.contains("区级政务服务事项665项")
    });
    // The file that failed to load says why in the content pane.
    tmux.keys(&["BTab", "BTab", "BTab", "BTab"]);
    tmux.wait_for("the report list focused", |s| s.contains("┏ Reports"));
    tmux.keys(&["g", "j", "j"]);
    tmux.wait_for("the failure in the content pane", |s| {
        s.contains("could not be read:") && s.contains("test failure injected at load")
    });
    tmux.keys(&["q"]);
    tmux.assert_restored();
}

/// A panic on the UI thread gives the terminal back, says one short line and exits
/// non-zero (101, Rust's status for a panic).
#[test]
fn a_panic_on_the_ui_thread_restores_the_terminal_with_one_line() {
    let Some(tmux) = Tmux::start_with(
        "uipanic",
        &[
            ("BAOGAO_TEST_PANIC_ON", "ui:xiangcheng-2020.txt"),
            ("RUST_BACKTRACE", "0"),
        ],
    ) else {
        return;
    };
    tmux.line(&format!("{}; echo BAOGAO_EXITED=$?", binary()));
    tmux.wait_for("the samples to load", |s| {
        s.contains("襄城 2020") && !s.contains("loading")
    });
    // Selecting 襄城 triggers the panic on the UI thread.
    tmux.keys(&["BTab", "G"]);
    let screen = tmux.wait_for("the shell after the panic", |s| {
        s.contains("BAOGAO_EXITED=101")
    });
    let lines: Vec<&str> = screen
        .lines()
        .filter(|l| l.contains("baogao: internal error: test failure injected at ui"))
        .collect();
    assert_eq!(lines.len(), 1, "{screen}");
    assert!(
        !screen.contains("panicked at") && !screen.contains("backtrace"),
        "{screen}"
    );
    tmux.assert_restored_with(101);
}
