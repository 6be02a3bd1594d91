//! The files packages install besides the binary, generated rather than kept by hand: the man
//! page (`man/jaws.1`, and `man/jaws-COMMAND.1` for each command), shell completions
//! (`completions/`) and the icon in every size (`icons/`, drawn from assets/jaws.svg by
//! build.rs). Run by packaging/prepare:
//!
//! ```sh
//! cargo run --features packaging --example package_files -- target/packaging
//! ```

// Test code may unwrap: a panic here is a failed run, which is what it should be.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;

fn main() -> std::io::Result<()> {
    let out = PathBuf::from(
        std::env::args_os()
            .nth(1)
            .expect("usage: package_files OUT-FOLDER"),
    );
    let mut cmd = jaws::cli::Cli::command();
    cmd.build();

    let man = out.join("man");
    std::fs::create_dir_all(&man)?;
    write_man(&cmd, &man, "jaws")?;
    for sub in cmd.get_subcommands().filter(|c| c.get_name() != "help") {
        // clap names commands with &'static str; this program runs once and exits.
        let name: &'static str = format!("jaws-{}", sub.get_name()).leak();
        write_man(&sub.clone().name(name), &man, name)?;
    }

    let completions = out.join("completions");
    std::fs::create_dir_all(&completions)?;
    for (shell, file) in [
        (Shell::Bash, "jaws.bash"),
        (Shell::Zsh, "_jaws"),
        (Shell::Fish, "jaws.fish"),
        (Shell::PowerShell, "jaws.ps1"),
        (Shell::Elvish, "jaws.elv"),
    ] {
        let mut f = std::fs::File::create(completions.join(file))?;
        clap_complete::generate(shell, &mut cmd.clone(), "jaws", &mut f);
    }

    let icons = out.join("icons");
    std::fs::create_dir_all(&icons)?;
    let drawn = Path::new(env!("OUT_DIR")).join("icons");
    for entry in std::fs::read_dir(&drawn)? {
        let path = entry?.path();
        if let Some(name) = path.file_name() {
            std::fs::copy(&path, icons.join(name))?;
        }
    }
    println!(
        "wrote the man pages, completions and icons to {}",
        out.display()
    );
    Ok(())
}

fn write_man(cmd: &clap::Command, folder: &Path, name: &str) -> std::io::Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .title(name.to_uppercase())
        .section("1")
        .manual("Jaws")
        .render(&mut page)?;
    std::fs::write(folder.join(format!("{name}.1")), page)
}
