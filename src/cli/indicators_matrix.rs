//! `baogao indicators --keys` (the table of canonical metrics) and `--matrix` (reports ×
//! metrics), as text, JSON or CSV.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::indicators::matrix::{cell_text, Cell, Matrix};
use crate::indicators::{format_value, keys};

use super::{csv_writer, pad, write_record, Output};

/// One metric in `--keys --json`.
#[derive(Serialize)]
struct KeyRecord {
    id: &'static str,
    name: &'static str,
    unit: &'static str,
    units: &'static [&'static str],
    kind: &'static str,
    category: &'static str,
    definition: &'static str,
}

fn key_records() -> Vec<KeyRecord> {
    keys::all()
        .iter()
        .map(|k| KeyRecord {
            id: k.id,
            name: k.name,
            unit: k.unit,
            units: k.units,
            kind: k.kind.as_str(),
            category: k.category.as_str(),
            definition: k.definition,
        })
        .collect()
}

/// Print the table of canonical metrics.
pub fn write_keys(out: &mut dyn Write, output: Output) -> io::Result<()> {
    let records = key_records();
    if output.json {
        serde_json::to_writer_pretty(&mut *out, &records)?;
        return writeln!(out);
    }
    if output.csv {
        let mut w = csv_writer(out);
        write_record(
            &mut w,
            [
                "id",
                "name",
                "unit",
                "units",
                "kind",
                "category",
                "definition",
            ],
        )?;
        for r in &records {
            write_record(
                &mut w,
                [
                    r.id,
                    r.name,
                    r.unit,
                    &r.units.join(" "),
                    r.kind,
                    r.category,
                    r.definition,
                ],
            )?;
        }
        return w.flush();
    }
    let id_w = records.iter().map(|r| r.id.width()).max().unwrap_or(2);
    let name_w = records.iter().map(|r| r.name.width()).max().unwrap_or(4);
    writeln!(
        out,
        "{}  {}  {}  definition",
        pad("id", id_w),
        pad("name", name_w),
        pad("unit", 4)
    )?;
    for r in &records {
        writeln!(
            out,
            "{}  {}  {}  {}",
            pad(r.id, id_w),
            pad(r.name, name_w),
            pad(r.unit, 4),
            r.definition
        )?;
    }
    Ok(())
}

/// A metric column in `--matrix --json`.
#[derive(Serialize)]
struct KeyColumn {
    id: &'static str,
    name: &'static str,
    unit: &'static str,
}

/// A report row in `--matrix --json`: only the metrics it states.
#[derive(Serialize)]
struct RowRecord<'a> {
    path: &'a str,
    label: &'a str,
    issuer: Option<&'a str>,
    year: Option<i32>,
    cells: BTreeMap<&'static str, &'a Cell>,
}

#[derive(Serialize)]
struct MatrixRecord<'a> {
    keys: Vec<KeyColumn>,
    rows: Vec<RowRecord<'a>>,
}

/// Print reports × metrics. Text is transposed (a metric a line, a report a column),
/// since there are usually far more metrics than reports.
pub fn write_matrix(out: &mut dyn Write, m: &Matrix, output: Output) -> io::Result<()> {
    if output.json {
        let record = MatrixRecord {
            keys: m
                .keys
                .iter()
                .filter_map(|k| keys::get(k))
                .map(|k| KeyColumn {
                    id: k.id,
                    name: k.name,
                    unit: k.unit,
                })
                .collect(),
            rows: m
                .rows
                .iter()
                .map(|r| RowRecord {
                    path: &r.path,
                    label: &r.label,
                    issuer: r.issuer.as_deref(),
                    year: r.year,
                    cells: m
                        .keys
                        .iter()
                        .zip(&r.cells)
                        .filter_map(|(k, c)| Some((*k, c.as_ref()?)))
                        .collect(),
                })
                .collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &record)?;
        return writeln!(out);
    }
    if output.csv {
        let mut w = csv_writer(out);
        let mut header = vec![
            "path".to_string(),
            "label".into(),
            "issuer".into(),
            "year".into(),
        ];
        for k in &m.keys {
            header.push((*k).to_string());
            header.push(format!("{k}_change"));
        }
        write_record(&mut w, &header)?;
        for r in &m.rows {
            let mut row = vec![
                r.path.clone(),
                r.label.clone(),
                r.issuer.clone().unwrap_or_default(),
                r.year.map(|y| y.to_string()).unwrap_or_default(),
            ];
            for c in &r.cells {
                row.push(
                    c.as_ref()
                        .map(|c| format_value(c.value))
                        .unwrap_or_default(),
                );
                row.push(
                    c.as_ref()
                        .and_then(|c| c.previous.as_ref())
                        .map(|p| format_value(p.change))
                        .unwrap_or_default(),
                );
            }
            write_record(&mut w, &row)?;
        }
        return w.flush();
    }
    let names: Vec<String> = m
        .keys
        .iter()
        .map(|k| format!("{k} {}", keys::get(k).map_or("", |d| d.name)))
        .collect();
    let name_w = names.iter().map(|n| n.width()).max().unwrap_or(6).max(6);
    let cells: Vec<Vec<String>> = m
        .rows
        .iter()
        .map(|r| r.cells.iter().map(cell_text).collect())
        .collect();
    let widths: Vec<usize> = m
        .rows
        .iter()
        .zip(&cells)
        .map(|(r, c)| {
            c.iter()
                .map(|t| t.width())
                .chain([r.label.width()])
                .max()
                .unwrap_or(1)
        })
        .collect();
    let mut line = pad("metric", name_w);
    for (r, w) in m.rows.iter().zip(&widths) {
        line.push_str("  ");
        line.push_str(&pad(&r.label, *w));
    }
    writeln!(out, "{}", line.trim_end())?;
    for (k, name) in names.iter().enumerate() {
        let mut line = pad(name, name_w);
        for (c, w) in cells.iter().zip(&widths) {
            line.push_str("  ");
            line.push_str(&pad(c.get(k).map_or("", String::as_str), *w));
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
