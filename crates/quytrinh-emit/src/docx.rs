//! A small, deterministic WordprocessingML (DOCX) writer: real headings, paragraphs and
//! tables (header rows repeat on each page), A4 pages with Decree 30/2020 margins, Times
//! New Roman, a header with the page number from page 2 and a footer with the document
//! code. The same content always gives the same bytes: fixed zip timestamps (1980-01-01),
//! fixed entry order, fixed core properties.

use std::io::Write;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// Paragraph alignment.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
    Justify,
}

/// How a paragraph looks. Sizes are in points.
#[derive(Clone, Copy)]
pub struct Look {
    pub align: Align,
    pub bold: bool,
    pub italic: bool,
    pub size: f32,
    pub caps: bool,
    /// First-line indent in millimetres.
    pub indent_mm: f32,
    pub space_after_pt: f32,
}

impl Look {
    pub const BODY: Look =
        Look { align: Align::Justify, bold: false, italic: false, size: 13.0, caps: false, indent_mm: 10.0, space_after_pt: 6.0 };
    pub const PLAIN: Look =
        Look { align: Align::Left, bold: false, italic: false, size: 13.0, caps: false, indent_mm: 0.0, space_after_pt: 0.0 };
    pub const CENTER: Look = Look { align: Align::Center, ..Look::PLAIN };
    pub const CENTER_BOLD: Look = Look { align: Align::Center, bold: true, ..Look::PLAIN };
}

/// A paragraph of a [`Docx::two_column_block`] cell, with an optional rule under it (mm).
pub struct BlockPara {
    pub text: String,
    pub look: Look,
    pub rule_mm: Option<f32>,
}

/// XML text escaping (element content and attribute values).
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids (Word refuses the file) and other controls are
            // never written; a replacement mark shows where one was.
            c if quytrinh_syntax::chars::is_forbidden(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

fn run(text: &str, look: &Look) -> String {
    let mut props = String::new();
    if look.bold {
        props.push_str("<w:b/>");
    }
    if look.italic {
        props.push_str("<w:i/>");
    }
    if look.caps {
        props.push_str("<w:caps/>");
    }
    let half = (look.size * 2.0).round() as u32;
    props.push_str(&format!("<w:sz w:val=\"{half}\"/><w:szCs w:val=\"{half}\"/>"));
    let mut out = String::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str(&format!("<w:r><w:rPr>{props}</w:rPr><w:br/></w:r>"));
        }
        out.push_str(&format!("<w:r><w:rPr>{props}</w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>", xml(line)));
    }
    out
}

fn para_props(look: &Look) -> String {
    let jc = match look.align {
        Align::Left => "left",
        Align::Center => "center",
        Align::Right => "right",
        Align::Justify => "both",
    };
    let indent = (look.indent_mm * 56.7).round() as u32;
    let after = (look.space_after_pt * 20.0).round() as u32;
    format!("<w:pPr><w:spacing w:before=\"0\" w:after=\"{after}\"/><w:ind w:firstLine=\"{indent}\"/><w:jc w:val=\"{jc}\"/></w:pPr>")
}

/// A document being built.
pub struct Docx {
    body: String,
    /// The last id given to a drawing (`wp:docPr` ids are unique in a document).
    shapes: u32,
    header: String,
    footer: String,
    title: String,
}

impl Docx {
    /// `footer` is printed at the foot of every page (e.g. the procedure code and revision).
    pub fn new(title: &str, footer: &str) -> Self {
        Docx { body: String::new(), shapes: 0, header: String::new(), footer: footer.to_string(), title: title.to_string() }
    }

    pub fn para(&mut self, text: &str, look: Look) {
        self.body.push_str(&format!("<w:p>{}{}</w:p>", para_props(&look), run(text, &look)));
    }

    /// Runs with different looks in one paragraph.
    pub fn runs(&mut self, parts: &[(&str, Look)], look: Look) {
        let mut p = format!("<w:p>{}", para_props(&look));
        for (t, l) in parts {
            p.push_str(&run(t, l));
        }
        p.push_str("</w:p>");
        self.body.push_str(&p);
    }

    /// The next content starts on a new page.
    pub fn page_break(&mut self) {
        self.body.push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
    }

    /// A heading (level 1 or 2) using Word's Heading styles, so the navigation pane shows it.
    pub fn heading(&mut self, level: u8, text: &str) {
        let look = Look { bold: true, size: 13.0, align: Align::Left, space_after_pt: 6.0, ..Look::PLAIN };
        self.body.push_str(&format!(
            "<w:p><w:pPr><w:pStyle w:val=\"Heading{level}\"/><w:keepNext/><w:spacing w:before=\"120\" w:after=\"120\"/></w:pPr>{}</w:p>",
            run(text, &look)
        ));
    }

    /// A table with a bold header row that repeats on each page. `widths` in millimetres.
    pub fn table(&mut self, headers: &[&str], rows: &[Vec<String>], widths_mm: &[f32]) {
        let tw: Vec<u32> = widths_mm.iter().map(|w| (w * 56.7).round() as u32).collect();
        let mut t = String::from(
            "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>",
        );
        for w in &tw {
            t.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
        }
        t.push_str("</w:tblGrid>");
        let cell_look = Look { size: 12.0, ..Look::PLAIN };
        let head_look = Look { bold: true, align: Align::Center, size: 12.0, ..Look::PLAIN };
        t.push_str("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
        for (h, w) in headers.iter().zip(&tw) {
            t.push_str(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEF1F5\"/></w:tcPr><w:p>{}{}</w:p></w:tc>",
                para_props(&head_look),
                run(h, &head_look)
            ));
        }
        t.push_str("</w:tr>");
        for r in rows {
            t.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (c, w) in r.iter().zip(&tw) {
                t.push_str(&format!(
                    "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/></w:tcPr><w:p>{}{}</w:p></w:tc>",
                    para_props(&cell_look),
                    run(c, &cell_look)
                ));
            }
            t.push_str("</w:tr>");
        }
        t.push_str("</w:tbl>");
        self.body.push_str(&t);
        self.para("", Look::PLAIN);
    }

    /// A borderless table of two columns whose cells hold centred paragraphs, each optionally
    /// followed by a solid rule of the given length centred under it (the national title
    /// block of Decree 30/2020). Cell margins are zero so the widths are the text widths.
    pub fn two_column_block(&mut self, columns: [(&[BlockPara], f32); 2]) {
        let mut t = String::from(
            "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>",
        );
        for (_, w) in &columns {
            t.push_str(&format!("<w:gridCol w:w=\"{}\"/>", (w * 56.7).round() as u32));
        }
        t.push_str("</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (paras, w) in &columns {
            let tw = (w * 56.7).round() as u32;
            t.push_str(&format!("<w:tc><w:tcPr><w:tcW w:w=\"{tw}\" w:type=\"dxa\"/></w:tcPr>"));
            for bp in paras.iter() {
                let look = Look { align: Align::Center, indent_mm: 0.0, ..bp.look };
                t.push_str(&format!("<w:p>{}{}</w:p>", para_props(&look), run(&bp.text, &look)));
                if let Some(rule) = bp.rule_mm {
                    // An empty paragraph of exact small height whose bottom border, narrowed
                    // by equal indents, is the rule.
                    let side = (((w - rule) / 2.0).max(0.0) * 56.7).round() as u32;
                    t.push_str(&format!(
                        "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/></w:pBdr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"80\" w:lineRule=\"exact\"/><w:ind w:left=\"{side}\" w:right=\"{side}\"/><w:jc w:val=\"center\"/><w:rPr><w:sz w:val=\"4\"/></w:rPr></w:pPr></w:p>"
                    ));
                }
            }
            t.push_str("</w:tc>");
        }
        t.push_str("</w:tr></w:tbl>");
        self.body.push_str(&t);
    }

    /// Body XML written by a caller that knows WordprocessingML (the flowchart's table).
    pub fn raw(&mut self, xml: &str) {
        self.body.push_str(xml);
    }

    /// A new id for a drawing.
    pub fn next_shape_id(&mut self) -> u32 {
        self.shapes += 1;
        self.shapes
    }

    /// Text for the page header from page 2 (before the page number).
    pub fn header_text(&mut self, text: &str) {
        self.header = text.to_string();
    }

    /// The finished `.docx` bytes.
    pub fn finish(self) -> Vec<u8> {
        let sect = "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/><w:headerReference w:type=\"first\" r:id=\"rIdHeaderFirst\"/><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:footerReference w:type=\"first\" r:id=\"rIdFooter\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1247\" w:right=\"1077\" w:bottom=\"1247\" w:left=\"1814\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr>";
        let document = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><w:body>{}{sect}</w:body></w:document>",
            self.body
        );
        let num = Look { size: 13.0, ..Look::CENTER };
        let header = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p>{}{}<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>",
            para_props(&num),
            if self.header.is_empty() { String::new() } else { run(&format!("{} — ", self.header), &num) }
        );
        let header_first = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p/></w:hdr>".to_string();
        let small = Look { size: 10.0, italic: true, ..Look::CENTER };
        let footer = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p>{}{}</w:p></w:ftr>",
            para_props(&small),
            run(&self.footer, &small)
        );
        let styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:eastAsia=\"Times New Roman\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style></w:styles>";
        let settings = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:defaultTabStop w:val=\"720\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";
        let content_types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/><Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/><Override PartName=\"/word/header2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/><Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>";
        let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>";
        let doc_rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/><Relationship Id=\"rIdHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/><Relationship Id=\"rIdHeaderFirst\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header2.xml\"/><Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/></Relationships>";
        // Fixed dates: the same content gives the same bytes.
        let core = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:creator>quytrinh</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">1980-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">1980-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>",
            xml(&self.title)
        );
        let parts: [(&str, &str); 10] = [
            ("[Content_Types].xml", content_types),
            ("_rels/.rels", rels),
            ("docProps/core.xml", &core),
            ("word/document.xml", &document),
            ("word/styles.xml", styles),
            ("word/settings.xml", settings),
            ("word/header1.xml", &header),
            ("word/header2.xml", &header_first),
            ("word/footer1.xml", &footer),
            ("word/_rels/document.xml.rels", doc_rels),
        ];
        let mut buf = std::io::Cursor::new(Vec::new());
        {
            let mut zip = ZipWriter::new(&mut buf);
            let options = SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .last_modified_time(DateTime::default())
                .unix_permissions(0o644);
            for (name, content) in parts {
                if zip.start_file(name, options).is_err() || zip.write_all(content.as_bytes()).is_err() {
                    return Vec::new();
                }
            }
            if zip.finish().is_err() {
                return Vec::new();
            }
        }
        buf.into_inner()
    }
}
