//! A council's figures in a spreadsheet: the fill-in template (`jaws template`, written with
//! rust_xlsxwriter or the csv crate) and the import (`jaws import`, read with calamine or the
//! csv crate). Problems are placed the way a spreadsheet user reads them:
//! `council.xlsx: sheet "Figures", cell C7: net budget must be a number in £m, found "tbc"`.
//! Nothing is returned unless the whole file is valid.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Ods, Reader, Xlsx};

use super::figures::{Row, RowKind, rows};
use super::{
    Council, CouncilType, MAX_MTFS_YEARS, Money, MtfsYear, Sourced, financial_year,
    parse_financial_year,
};

/// The sheet the template writes and the import reads.
pub const SHEET: &str = "Figures";

/// The largest spreadsheet the import reads: a filled template is a few kilobytes.
pub const MAX_SHEET_BYTES: u64 = 8 * 1024 * 1024;

/// The template's columns, from A.
pub const COLUMNS: [&str; 7] = [
    "figure",
    "what it is",
    "value",
    "unit",
    "source of your figure",
    "what it means",
    "where councils publish it",
];
const VALUE: usize = 2;
const SOURCE: usize = 4;

/// The kinds of file the import reads, by their extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetFormat {
    Csv,
    Xlsx,
    Ods,
}

impl SheetFormat {
    pub fn of(path: &Path) -> Option<SheetFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(SheetFormat::Csv),
            "xlsx" => Some(SheetFormat::Xlsx),
            "ods" => Some(SheetFormat::Ods),
            _ => None,
        }
    }

    fn label(self) -> &'static str {
        match self {
            SheetFormat::Csv => "a CSV file",
            SheetFormat::Xlsx => "an Excel workbook (.xlsx)",
            SheetFormat::Ods => "an OpenDocument spreadsheet (.ods)",
        }
    }
}

/// One thing wrong with a spreadsheet, at its sheet and cell (or line) where there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetProblem {
    pub file: String,
    /// `sheet "Figures", cell C7`, `line 7, cell C7`, or none for the whole file.
    pub place: Option<String>,
    pub message: String,
}

impl fmt::Display for SheetProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Some(place) => write!(f, "{}: {place}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Every problem found in one spreadsheet; never empty.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
pub struct SheetProblems(pub Vec<SheetProblem>);

/// A cell as read.
#[derive(Clone, Debug, PartialEq)]
enum Cell {
    Empty,
    Number(f64),
    Text(String),
}

impl Cell {
    fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Number(v) => format!("{v}"),
            Cell::Text(t) => t.trim().to_owned(),
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Number(_) => false,
            Cell::Text(t) => t.trim().is_empty(),
        }
    }
}

/// The sheet's cells, from A1.
struct Grid {
    cells: Vec<Vec<Cell>>,
    format: SheetFormat,
}

impl Grid {
    fn get(&self, row: usize, col: usize) -> &Cell {
        self.cells
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Cell::Empty)
    }

    fn place(&self, row: usize, col: usize) -> String {
        let cell = format!("{}{}", column_letter(col), row + 1);
        match self.format {
            SheetFormat::Csv => {
                crate::t!(
                    "council-at-line-cell",
                    line = (row + 1).to_string(),
                    cell = cell
                )
            }
            SheetFormat::Xlsx | SheetFormat::Ods => {
                crate::t!("council-at-sheet-cell", sheet = SHEET, cell = cell)
            }
        }
    }

    fn whole(&self) -> Option<String> {
        match self.format {
            SheetFormat::Csv => None,
            SheetFormat::Xlsx | SheetFormat::Ods => {
                Some(crate::t!("council-at-sheet", sheet = SHEET))
            }
        }
    }
}

fn column_letter(col: usize) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Read a council's figures from a filled template (.csv, .xlsx or .ods).
pub fn import(path: &Path) -> Result<Council, SheetProblems> {
    let name = path.display().to_string();
    let fail = |m: String| {
        SheetProblems(vec![SheetProblem {
            file: name.clone(),
            place: None,
            message: m,
        }])
    };
    let Some(format) = SheetFormat::of(path) else {
        return Err(fail(crate::i18n::tr("council-sheet-kinds")));
    };
    let cannot = |e: std::io::Error| fail(crate::t!("file-cannot-read", why = e.to_string()));
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if meta.is_dir() {
        return Err(fail(crate::i18n::tr("council-sheet-folder")));
    }
    if meta.len() > MAX_SHEET_BYTES {
        return Err(fail(crate::t!(
            "council-sheet-too-big",
            size = format!("{:.1}", meta.len() as f64 / 1048576.0),
            most = (MAX_SHEET_BYTES / 1048576).to_string()
        )));
    }
    let bytes = std::fs::read(path).map_err(cannot)?;
    import_bytes(&name, format, &bytes)
}

/// Read a council's figures from a spreadsheet's bytes.
pub fn import_bytes(
    name: &str,
    format: SheetFormat,
    bytes: &[u8],
) -> Result<Council, SheetProblems> {
    let fail = |m: String| {
        SheetProblems(vec![SheetProblem {
            file: name.to_owned(),
            place: None,
            message: m,
        }])
    };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(fail(crate::i18n::tr("council-sheet-empty")));
    }
    if bytes.len() as u64 > MAX_SHEET_BYTES {
        return Err(fail(crate::t!(
            "council-sheet-more-than",
            most = (MAX_SHEET_BYTES / 1048576).to_string()
        )));
    }
    let cells = match format {
        SheetFormat::Csv => read_csv(bytes).map_err(fail)?,
        SheetFormat::Xlsx => {
            let book =
                Xlsx::new(Cursor::new(bytes)).map_err(|e| fail(workbook_error(format, &e)))?;
            read_book(book).map_err(fail)?
        }
        SheetFormat::Ods => {
            let book =
                Ods::new(Cursor::new(bytes)).map_err(|e| fail(workbook_error(format, &e)))?;
            read_book(book).map_err(fail)?
        }
    };
    let grid = Grid { cells, format };
    read_grid(name, &grid)
}

/// What went wrong opening a workbook, in words a finance officer can act on.
fn workbook_error(format: SheetFormat, e: &dyn fmt::Display) -> String {
    let text = e.to_string();
    if text.to_lowercase().contains("password") {
        return crate::i18n::tr("council-sheet-password");
    }
    crate::t!("council-sheet-damaged", format = format.label(), why = text)
}

fn read_book<R: std::io::Read + std::io::Seek, B: Reader<R>>(
    mut book: B,
) -> Result<Vec<Vec<Cell>>, String>
where
    B::Error: fmt::Display,
{
    let names = book.sheet_names();
    if !names.iter().any(|n| n == SHEET) {
        let listed: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
        return Err(crate::t!(
            "council-sheet-missing",
            sheet = SHEET,
            has = if listed.is_empty() {
                crate::i18n::tr("council-sheet-none")
            } else {
                listed.join(", ")
            }
        ));
    }
    let range = book.worksheet_range(SHEET).map_err(|e| {
        crate::t!(
            "council-sheet-unreadable",
            sheet = SHEET,
            why = e.to_string()
        )
    })?;
    let Some((r0, c0)) = range.start() else {
        return Ok(Vec::new());
    };
    let mut cells: Vec<Vec<Cell>> = Vec::new();
    for (r, row) in range.rows().enumerate() {
        let at = r0 as usize + r;
        if cells.len() <= at {
            cells.resize(at + 1, Vec::new());
        }
        let mut out = vec![Cell::Empty; c0 as usize];
        out.extend(row.iter().map(|d| match d {
            Data::Empty => Cell::Empty,
            Data::Int(i) => Cell::Number(*i as f64),
            Data::Float(f) => Cell::Number(*f),
            Data::String(s) => Cell::Text(s.clone()),
            Data::Bool(b) => Cell::Text(b.to_string()),
            Data::DateTime(d) => Cell::Text(d.to_string()),
            Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
            Data::Error(e) => Cell::Text(format!("an error ({e})")),
        }));
        cells[at] = out;
    }
    Ok(cells)
}

fn read_csv(bytes: &[u8]) -> Result<Vec<Vec<Cell>>, String> {
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut cells = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| match e.position() {
            Some(p) => crate::t!(
                "council-csv-line",
                line = p.line().to_string(),
                why = e.kind_words()
            ),
            None => crate::t!("council-csv-file", why = e.to_string()),
        })?;
        cells.push(
            record
                .iter()
                .map(|t| {
                    if t.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(t.to_owned())
                    }
                })
                .collect(),
        );
    }
    Ok(cells)
}

trait KindWords {
    fn kind_words(&self) -> String;
}

impl KindWords for csv::Error {
    fn kind_words(&self) -> String {
        crate::i18n::tr(match self.kind() {
            csv::ErrorKind::Utf8 { .. } => "council-csv-not-utf8",
            _ => "council-csv-not-csv",
        })
    }
}

/// The rows found, by id: the row number (from 0).
fn read_grid(name: &str, grid: &Grid) -> Result<Council, SheetProblems> {
    let mut problems = Vec::new();
    let mut at = |place: Option<String>, message: String| {
        problems.push(SheetProblem {
            file: name.to_owned(),
            place,
            message,
        })
    };
    let template = rows();
    let header = grid.get(0, 0).text();
    if !header.eq_ignore_ascii_case(COLUMNS[0]) {
        at(
            Some(grid.place(0, 0)),
            crate::t!(
                "council-sheet-heading",
                heading = COLUMNS[0],
                found = quoted(&header)
            ),
        );
        return Err(SheetProblems(problems));
    }
    let mut found: BTreeMap<&str, usize> = BTreeMap::new();
    for r in 1..grid.cells.len() {
        let id = grid.get(r, 0).text();
        if id.is_empty() {
            continue;
        }
        match template.iter().find(|t| t.id.eq_ignore_ascii_case(&id)) {
            None => at(
                Some(grid.place(r, 0)),
                crate::t!("council-sheet-unknown-row", id = quoted(&id)),
            ),
            Some(t) => match found.get(t.id.as_str()) {
                Some(&first) => at(
                    Some(grid.place(r, 0)),
                    crate::t!(
                        "council-sheet-row-twice",
                        id = t.id.as_str(),
                        row = (first + 1).to_string()
                    ),
                ),
                None => {
                    found.insert(t.id.as_str(), r);
                }
            },
        }
    }
    for t in &template {
        let optional = matches!(
            t.kind,
            RowKind::MtfsYear(i) | RowKind::MtfsGap(i) | RowKind::MtfsSavings(i) if i > 0
        );
        if !optional && !found.contains_key(t.id.as_str()) {
            at(
                grid.whole(),
                crate::t!(
                    "council-sheet-row-missing",
                    id = t.id.as_str(),
                    label = t.label.as_str()
                ),
            );
        }
    }
    if !problems.is_empty() {
        return Err(SheetProblems(problems));
    }
    let row_of = |kind: RowKind| -> Option<usize> {
        template
            .iter()
            .find(|t| t.kind == kind)
            .and_then(|t| found.get(t.id.as_str()).copied())
    };
    let mut cells = Cells {
        grid,
        problems: Vec::new(),
    };
    let text = |kind: RowKind, cells: &mut Cells| -> String {
        row_of(kind).map_or_else(String::new, |r| cells.grid.get(r, VALUE).text())
    };
    let name_text = text(RowKind::Name, &mut cells);
    let type_row = row_of(RowKind::Type).unwrap_or(0);
    let type_text = text(RowKind::Type, &mut cells);
    let council_type = CouncilType::from_label(&type_text);
    if council_type.is_none() {
        cells.problem(type_row, VALUE, CouncilType::unknown(&type_text));
    }
    let first_year = cells.year(
        row_of(RowKind::FirstYear).unwrap_or(0),
        &crate::i18n::tr("council-first-year"),
    );
    let source = text(RowKind::Source, &mut cells);
    let money = Money::ALL.map(|m| {
        let r = row_of(RowKind::Money(m)).unwrap_or(0);
        Sourced::new(cells.money(r, &m.words()), cells.grid.get(r, SOURCE).text())
    });
    let mut mtfs = Vec::new();
    for i in 0..MAX_MTFS_YEARS {
        let rows = [
            row_of(RowKind::MtfsYear(i)),
            row_of(RowKind::MtfsGap(i)),
            row_of(RowKind::MtfsSavings(i)),
        ];
        let blank = rows
            .iter()
            .all(|r| r.is_none_or(|r| grid.get(r, VALUE).is_empty()));
        if i > 0 && blank {
            continue;
        }
        let [Some(yr), Some(gr), Some(sr)] = rows else {
            let n = i + 1;
            cells.problems.push((
                None,
                crate::t!("council-mtfs-rows-missing", n = n.to_string()),
            ));
            continue;
        };
        let year = cells.year(yr, &crate::t!("council-mtfs-year", n = (i + 1).to_string()));
        let label = financial_year(year.unwrap_or(0));
        let gap = cells.money(gr, &crate::t!("council-year-gap", year = label.as_str()));
        let savings = cells.money(
            sr,
            &crate::t!("council-year-savings", year = label.as_str()),
        );
        mtfs.push((
            i,
            MtfsYear {
                year: year.unwrap_or(0),
                gap: Sourced::new(gap, grid.get(gr, SOURCE).text()),
                planned_savings: Sourced::new(savings, grid.get(sr, SOURCE).text()),
            },
        ));
    }
    let mut out: Vec<SheetProblem> = cells
        .problems
        .into_iter()
        .map(|(place, message)| SheetProblem {
            file: name.to_owned(),
            place: place.or_else(|| grid.whole()),
            message,
        })
        .collect();
    let (Some(council_type), Some(first_year)) = (council_type, first_year) else {
        return Err(SheetProblems(out));
    };
    if !out.is_empty() {
        return Err(SheetProblems(out));
    }
    // The MTFS years as read, with the row each came from, so checks land on their cells.
    let mtfs_rows: Vec<usize> = mtfs.iter().map(|(i, _)| *i).collect();
    let council = Council {
        name: name_text,
        council_type,
        first_year,
        illustrative: false,
        source,
        money,
        mtfs: mtfs.into_iter().map(|(_, y)| y).collect(),
    };
    for (place, message) in council.problems() {
        let place = match place {
            super::Place::MtfsYear(i) => super::Place::MtfsYear(mtfs_rows[i]),
            super::Place::MtfsGap(i) => super::Place::MtfsGap(mtfs_rows[i]),
            super::Place::MtfsGapSource(i) => super::Place::MtfsGapSource(mtfs_rows[i]),
            super::Place::MtfsSavings(i) => super::Place::MtfsSavings(mtfs_rows[i]),
            super::Place::MtfsSavingsSource(i) => super::Place::MtfsSavingsSource(mtfs_rows[i]),
            other => other,
        };
        let (kind, is_source) = RowKind::of(place);
        let cell = row_of(kind).map(|r| grid.place(r, if is_source { SOURCE } else { VALUE }));
        out.push(SheetProblem {
            file: name.to_owned(),
            place: cell.or_else(|| grid.whole()),
            message,
        });
    }
    if out.is_empty() {
        Ok(council)
    } else {
        Err(SheetProblems(out))
    }
}

struct Cells<'g> {
    grid: &'g Grid,
    problems: Vec<(Option<String>, String)>,
}

impl Cells<'_> {
    fn problem(&mut self, row: usize, col: usize, message: String) {
        self.problems
            .push((Some(self.grid.place(row, col)), message));
    }

    /// A money figure in £m: a number, or text that reads as one ("£1,234.5m").
    fn money(&mut self, row: usize, what: &str) -> f64 {
        let cell = self.grid.get(row, VALUE).clone();
        match cell {
            Cell::Number(v) => v,
            Cell::Empty => {
                self.problem(row, VALUE, crate::t!("council-cell-empty", what = what));
                f64::NAN
            }
            Cell::Text(t) => match money_text(&t) {
                Some(v) => v,
                None => {
                    self.problem(
                        row,
                        VALUE,
                        crate::t!(
                            "council-cell-not-money",
                            what = what,
                            found = quoted(t.trim())
                        ),
                    );
                    f64::NAN
                }
            },
        }
    }

    fn year(&mut self, row: usize, what: &str) -> Option<i32> {
        let cell = self.grid.get(row, VALUE).clone();
        let year = match &cell {
            Cell::Number(v) if v.fract() == 0.0 && (1000.0..=9999.0).contains(v) => Some(*v as i32),
            Cell::Number(_) | Cell::Empty => None,
            Cell::Text(t) => parse_financial_year(t),
        };
        if year.is_none() {
            self.problem(
                row,
                VALUE,
                crate::t!(
                    "council-cell-not-year",
                    what = what,
                    found = quoted(&cell.text())
                ),
            );
        }
        year
    }
}

/// "£1,234.5m", "1234.5", "-12": a number of £m, or `None`.
fn money_text(t: &str) -> Option<f64> {
    let mut s = t.trim().replace([',', ' '], "");
    if let Some(rest) = s.strip_suffix(['m', 'M']) {
        s = rest.to_owned();
    }
    let negative = s.starts_with('-') || s.starts_with('−');
    let s = s.trim_start_matches(['-', '−']).trim_start_matches('£');
    let v: f64 = s.parse().ok().filter(|v: &f64| v.is_finite())?;
    Some(if negative { -v } else { v })
}

fn quoted(t: &str) -> String {
    if t.is_empty() {
        crate::i18n::tr("council-nothing")
    } else {
        format!("\"{t}\"")
    }
}

/// The value a template row shows for a council: text, or a number.
enum Value {
    Text(String),
    Number(f64),
    Blank,
}

fn value_of(row: &Row, council: Option<&Council>) -> (Value, String) {
    let Some(c) = council else {
        return (Value::Blank, String::new());
    };
    let mtfs = |i: usize| c.mtfs.get(i);
    match row.kind {
        RowKind::Name => (Value::Text(c.name.clone()), String::new()),
        RowKind::Type => (Value::Text(c.council_type.label().into()), String::new()),
        RowKind::FirstYear => (Value::Text(financial_year(c.first_year)), String::new()),
        RowKind::Source => (Value::Text(c.source.clone()), String::new()),
        RowKind::Money(m) => (Value::Number(c.get(m)), c.figure(m).source.clone()),
        RowKind::MtfsYear(i) => mtfs(i).map_or((Value::Blank, String::new()), |y| {
            (Value::Text(financial_year(y.year)), String::new())
        }),
        RowKind::MtfsGap(i) => mtfs(i).map_or((Value::Blank, String::new()), |y| {
            (Value::Number(y.gap.value), y.gap.source.clone())
        }),
        RowKind::MtfsSavings(i) => mtfs(i).map_or((Value::Blank, String::new()), |y| {
            (
                Value::Number(y.planned_savings.value),
                y.planned_savings.source.clone(),
            )
        }),
    }
}

/// The template as an Excel workbook: one sheet, "Figures", one row a figure; filled from
/// `council` if given.
pub fn template_xlsx(council: Option<&Council>) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let err = |e: rust_xlsxwriter::XlsxError| e.to_string();
    sheet.set_name(SHEET).map_err(err)?;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    for (c, heading) in COLUMNS.iter().enumerate() {
        sheet
            .write_string_with_format(0, c as u16, *heading, &bold)
            .map_err(err)?;
    }
    for (c, width) in [24.0, 34.0, 16.0, 14.0, 40.0, 60.0, 60.0]
        .into_iter()
        .enumerate()
    {
        sheet.set_column_width(c as u16, width).map_err(err)?;
    }
    sheet.set_freeze_panes(1, 1).map_err(err)?;
    for (i, row) in rows().iter().enumerate() {
        let r = (i + 1) as u32;
        let (value, source) = value_of(row, council);
        sheet.write_string(r, 0, &row.id).map_err(err)?;
        sheet.write_string(r, 1, &row.label).map_err(err)?;
        match value {
            Value::Text(t) => {
                sheet.write_string(r, VALUE as u16, &t).map_err(err)?;
            }
            Value::Number(v) => {
                sheet.write_number(r, VALUE as u16, v).map_err(err)?;
            }
            Value::Blank => {}
        }
        sheet.write_string(r, 3, row.unit).map_err(err)?;
        if !source.is_empty() {
            sheet.write_string(r, SOURCE as u16, &source).map_err(err)?;
        }
        sheet
            .write_string_with_format(r, 5, &row.meaning, &wrap)
            .map_err(err)?;
        sheet
            .write_string_with_format(r, 6, row.published, &wrap)
            .map_err(err)?;
    }
    book.save_to_buffer().map_err(err)
}

/// The template as CSV (UTF-8 with a byte-order mark, for spreadsheets); filled from `council`
/// if given.
pub fn template_csv(council: Option<&Council>) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(vec![0xEF, 0xBB, 0xBF]);
    let mut write = |fields: &[String]| w.write_record(fields).is_ok();
    let mut ok = write(&COLUMNS.map(String::from));
    for row in rows() {
        let (value, source) = value_of(&row, council);
        let value = match value {
            Value::Text(t) => t,
            Value::Number(v) => format!("{v}"),
            Value::Blank => String::new(),
        };
        ok &= write(&[
            row.id.clone(),
            row.label.clone(),
            value,
            row.unit.into(),
            source,
            row.meaning.clone(),
            row.published.into(),
        ]);
    }
    debug_assert!(ok, "writing CSV to memory cannot fail");
    w.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(2), "C");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
    }

    #[test]
    fn money_reads_as_finance_officers_type_it() {
        assert_eq!(money_text("£1,234.5m"), Some(1234.5));
        assert_eq!(money_text(" 612.4 "), Some(612.4));
        assert_eq!(money_text("-12"), Some(-12.0));
        assert_eq!(money_text("tbc"), None);
        assert_eq!(money_text("NaN"), None);
    }
}
