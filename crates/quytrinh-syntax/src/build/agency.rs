//! `agency id { … }` and `decision "number" { … }`.

use quytrinh_diagnostics::{Span, Text};

use crate::ast::{Agency, AgencyDay, Decision, OfficeHoursDecl, Role, Str, Unit};
use crate::cst::Node;
use crate::keywords::Keyword as K;

use super::{Builder, Cursor};

impl Builder<'_> {
    /// agency: `agency <id> { name "…" parent "…" address "…" unit … role … office_hours … day_off … working_day … }`
    pub(super) fn agency(&mut self, node: &Node) -> Option<Agency> {
        let head = node.values[0].span;
        let mut c = Cursor::new(&node.values[1..], head);
        let id = c.ident(self, &Text::new("mã cơ quan, ví dụ `sokhcn`", "an agency id such as `sokhcn`"))?;
        c.finish(self, &Text::new("dòng `agency`", "the `agency` line"));
        let mut agency = Agency {
            id,
            name: None,
            parent: None,
            address: None,
            units: Vec::new(),
            roles: Vec::new(),
            office_hours: None,
            days_off: Vec::new(),
            working_days: Vec::new(),
            span: node.span,
            head_span: head,
        };
        let Some(block) = self.block(node, &Text::new("cơ quan", "an agency")) else { return Some(agency) };
        let allowed = [K::Name, K::Parent, K::Address, K::Unit, K::Role, K::OfficeHours, K::DayOff, K::WorkingDay];
        for n in self.nodes(block) {
            let Some(kw) = self.head_keyword(n, &allowed, &("trong khối `agency`", "in an `agency` block")) else { continue };
            let mut c = Cursor::new(&n.values[1..], n.values[0].span);
            match kw {
                K::Name => self.single_text(&mut c, n, &mut agency.name, &Text::new("tên cơ quan", "the agency name")),
                K::Parent => self.single_text(&mut c, n, &mut agency.parent, &Text::new("cơ quan chủ quản", "the parent body")),
                K::Address => self.single_text(&mut c, n, &mut agency.address, &Text::new("địa chỉ", "the address")),
                K::Unit => {
                    if let Some(u) = self.unit(&mut c, n) {
                        agency.units.push(u);
                    }
                }
                K::Role => {
                    if let Some(r) = self.role(&mut c, n) {
                        agency.roles.push(r);
                    }
                }
                K::OfficeHours => {
                    if let Some(prev) = &agency.office_hours {
                        self.duplicate(prev.span, n.span, &Text::new("giờ làm việc", "the office hours"));
                    }
                    let mut sessions = Vec::new();
                    while let Some(s) = c.opt_text() {
                        sessions.push(s);
                    }
                    if sessions.is_empty() {
                        c.missing(
                            self,
                            &Text::new(
                                "các buổi làm việc, ví dụ `\"07:30-11:30\" \"13:00-17:00\"`",
                                "the sessions, e.g. `\"07:30-11:30\" \"13:00-17:00\"`",
                            ),
                        );
                    }
                    c.finish(self, &Text::new("dòng `office_hours`", "the `office_hours` line"));
                    self.no_block(n, &Text::new("giờ làm việc", "the office hours"));
                    agency.office_hours = Some(OfficeHoursDecl { sessions, span: n.span });
                }
                K::DayOff | K::WorkingDay => {
                    let date = c.date(self);
                    let reason = c.opt_text();
                    c.finish(
                        self,
                        &Text::new("dòng ngày (ngày, rồi lý do trong ngoặc kép)", "the day's line (a date, then the reason in quotes)"),
                    );
                    self.no_block(n, &Text::new("một ngày", "a day"));
                    if let Some(date) = date {
                        let day = AgencyDay { date, reason, span: n.span };
                        if kw == K::DayOff {
                            agency.days_off.push(day);
                        } else {
                            agency.working_days.push(day);
                        }
                    }
                }
                _ => {}
            }
        }
        Some(agency)
    }

    /// unit: `unit <id> "name" [one_stop] [address "…"]`
    fn unit(&mut self, c: &mut Cursor, n: &Node) -> Option<Unit> {
        let id = c.ident(self, &Text::new("mã đơn vị, ví dụ `qlcn`", "a unit id such as `qlcn`"))?;
        let name = c.text(self, &Text::new("tên đơn vị trong ngoặc kép", "the unit name in quotes"));
        let mut unit = Unit { id, name, one_stop: None, address: None, span: n.span };
        while !c.is_done() {
            if let Some(s) = c.eat(self, K::OneStop) {
                unit.one_stop = Some(s);
            } else if c.eat(self, K::Address).is_some() {
                unit.address = c.text(self, &Text::new("địa chỉ trong ngoặc kép", "the address in quotes"));
            } else {
                c.finish(self, &Text::new("dòng `unit`", "the `unit` line"));
            }
        }
        self.no_block(n, &Text::new("đơn vị", "a unit"));
        Some(unit)
    }

    /// role: `role <id> "name" [in <unit>] [signs]`
    fn role(&mut self, c: &mut Cursor, n: &Node) -> Option<Role> {
        let id = c.ident(self, &Text::new("mã chức danh, ví dụ `giamdoc`", "a role id such as `giamdoc`"))?;
        let name = c.text(self, &Text::new("tên chức danh trong ngoặc kép", "the role name in quotes"));
        let mut role = Role { id, name, unit: None, signs: None, span: n.span };
        while !c.is_done() {
            if c.eat(self, K::In).is_some() {
                role.unit = c.ident(self, &Text::new("mã đơn vị", "a unit id"));
            } else if let Some(s) = c.eat(self, K::Signs) {
                role.signs = Some(s);
            } else {
                c.finish(self, &Text::new("dòng `role`", "the `role` line"));
            }
        }
        self.no_block(n, &Text::new("chức danh", "a role"));
        Some(role)
    }

    /// decision: `decision "550/QĐ-UBND" { date … issuer "…" title "…" }`
    pub(super) fn decision(&mut self, node: &Node) -> Option<Decision> {
        let head = node.values[0].span;
        let mut c = Cursor::new(&node.values[1..], head);
        let number = c.text(
            self,
            &Text::new(
                "số hiệu quyết định trong ngoặc kép, ví dụ `\"797/QĐ-UBND\"`",
                "the decision number in quotes, e.g. `\"797/QĐ-UBND\"`",
            ),
        )?;
        c.finish(self, &Text::new("dòng `decision`", "the `decision` line"));
        let mut d = Decision { number, date: None, issuer: None, title: None, span: node.span, head_span: head };
        let Some(block) = self.block(node, &Text::new("quyết định", "a decision")) else { return Some(d) };
        for n in self.nodes(block) {
            let Some(kw) = self.head_keyword(n, &[K::Date, K::Issuer, K::Title], &("trong khối `decision`", "in a `decision` block"))
            else {
                continue;
            };
            let mut c = Cursor::new(&n.values[1..], n.values[0].span);
            match kw {
                K::Date => {
                    if let Some(prev) = d.date {
                        self.duplicate(prev.span, n.span, &Text::new("ngày quyết định", "the decision date"));
                    }
                    d.date = c.date(self).or(d.date);
                    c.finish(self, &Text::new("dòng `date`", "the `date` line"));
                }
                K::Issuer => self.single_text(&mut c, n, &mut d.issuer, &Text::new("cơ quan ban hành", "the issuing body")),
                K::Title => self.single_text(&mut c, n, &mut d.title, &Text::new("trích yếu", "the title")),
                _ => {}
            }
        }
        Some(d)
    }

    /// A `key "text"` entry that may appear once.
    pub(super) fn single_text(&mut self, c: &mut Cursor, n: &Node, slot: &mut Option<Str>, what: &Text) {
        let value = c.text(self, &Text::new(format!("{} trong ngoặc kép", what.vi), format!("{} in quotes", what.en)));
        c.finish(self, what);
        self.no_block(n, what);
        if let (Some(prev), Some(_)) = (slot.as_ref(), value.as_ref()) {
            let first: Span = prev.span;
            self.duplicate(first, n.span, what);
            return;
        }
        if value.is_some() {
            *slot = value;
        }
    }
}
