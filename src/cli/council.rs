//! "Our council" on the command line: `jaws template` writes the fill-in sheet, `jaws import`
//! reads it into a council profile, and `--council` starts any projecting command from one.

use std::io::Write;
use std::path::Path;

use super::CliError;
use crate::council::sheet::{self, SheetFormat};
use crate::present::format::money;
use crate::workshop::atomic::write_atomic;
use crate::workshop::{Overwrite, Workshop, save_council};

/// `jaws template --out council.xlsx|.csv`.
pub fn run_template(out: &mut dyn Write, path: &Path) -> Result<(), CliError> {
    let bytes = match SheetFormat::of(path) {
        Some(SheetFormat::Xlsx) => sheet::template_xlsx(None).map_err(CliError::Refused)?,
        Some(SheetFormat::Csv) => sheet::template_csv(None),
        Some(SheetFormat::Ods) | None => {
            return Err(CliError::Usage(format!(
                "--out {}: the template is written as .xlsx or .csv (an .ods can be saved from either)",
                path.display()
            )));
        }
    };
    write_atomic(path, &bytes).map_err(|e| {
        CliError::Output(std::io::Error::new(
            e.kind(),
            format!("{}: {e}", path.display()),
        ))
    })?;
    writeln!(
        out,
        "wrote {}: fill in the value and source columns, then `jaws import {} --out our-council.ron`",
        path.display(),
        path.display()
    )?;
    Ok(())
}

/// `jaws import FILE --out PROFILE`: nothing is written unless the whole file is valid.
pub fn run_import(out: &mut dyn Write, file: &Path, to: &Path) -> Result<(), CliError> {
    // Placed by sheet and cell (or line), one problem a line; exit 1 like any bad file.
    let council = sheet::import(file).map_err(|e| CliError::Refused(e.to_string()))?;
    save_council(to, &council, Overwrite::IfReadable)
        .map_err(|e| CliError::Output(std::io::Error::other(e.to_string())))?;
    writeln!(out, "wrote {}: {}", to.display(), council.heading())?;
    let (_, calibration) = Workshop::bundled().with_council(&council);
    for fit in calibration.misses() {
        writeln!(
            out,
            "note: the model reaches {} for {}, not the published {}: check that figure",
            money(fit.model),
            crate::council::financial_year(fit.year),
            money(fit.published)
        )?;
    }
    Ok(())
}

/// The council's name and source as a header line, if the workshop was started from one.
pub fn header(out: &mut dyn Write, w: &Workshop, prefix: &str) -> Result<(), CliError> {
    if let Some(h) = w.council_heading() {
        writeln!(out, "{prefix}{h}")?;
    }
    Ok(())
}

/// `jaws validate --council`: each MTFS year's published gap against the baseline's.
pub fn validate_mtfs(out: &mut dyn Write, w: &Workshop) -> Result<Vec<String>, CliError> {
    let Some(c) = &w.council else {
        return Ok(Vec::new());
    };
    writeln!(out)?;
    writeln!(
        out,
        "{}: each MTFS year's published gap (at {} prices) against the baseline's, within 2% of the net budget",
        c.profile.heading(),
        crate::council::financial_year(c.profile.first_year)
    )?;
    let mut failed = Vec::new();
    for f in &c.fits {
        let year = crate::council::financial_year(f.year);
        writeln!(
            out,
            "  {year}: published {}, model {}: {}",
            money(f.published),
            money(f.model),
            if f.within { "pass" } else { "FAIL" }
        )?;
        if !f.within {
            failed.push(format!("mtfs {year}"));
        }
    }
    Ok(failed)
}
