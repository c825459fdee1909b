//! Rules of partnerships (issue 9) that the stored data decides, with what
//! the message needs to say why: the dates of the MoU a PKS must stay
//! within, the agreement an internship runs under, a unit's capacity… Dates
//! are ISO strings as stored; `i18n::rules` words them for people.

/// A refused write and its facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// A PKS must name its MoU.
    PksNeedsMou,
    /// The parent chosen for a PKS is not an MoU.
    ParentNotMou { number: String },
    /// The MoU belongs to another partner.
    ParentOtherPartner { number: String, partner: String },
    /// A PKS must run within its MoU's dates.
    PksOutsideMou {
        number: String,
        start: String,
        end: String,
    },
    /// An MoU's new dates would leave a PKS under it outside them.
    MouShorterThanPks {
        number: String,
        start: String,
        end: String,
    },
    /// New dates (or status) of an agreement would leave internships that run
    /// under it uncovered: how many, and the first one's period.
    AgreementStrandsInterns {
        count: i64,
        name: String,
        start: String,
        end: String,
    },
    /// The agreement an internship names is of another partner.
    AgreementOtherPartner { number: String, partner: String },
    /// The agreement does not cover the internship's whole period (or is a
    /// draft / terminated: `in_force` false).
    AgreementNotCovering {
        number: String,
        start: String,
        end: String,
        in_force: bool,
    },
    /// The field mentor is not in service (status, or not yet appointed).
    MentorNotInService { name: String, status: String },
    /// The field mentor works in another organisation than the host unit
    /// (a mentor is an official of the host).
    MentorOtherUnit {
        name: String,
        unit: String,
        host: String,
    },
    /// The host unit is full on `day`: `capacity` interns already.
    CapacityFull {
        unit: String,
        capacity: i64,
        day: String,
    },
    /// An internship's status may not change this way.
    InternStatusChange { from: String, to: String },
    /// A logbook entry outside the internship's period.
    LogbookOutsidePeriod { start: String, end: String },
    /// The internship already has a logbook entry on that day.
    LogbookDayTaken { day: String },
    /// Final feedback before the internship has run.
    FeedbackTooEarly { start: String },
    /// A post-training follow-up dated before the training ended.
    FollowUpBeforeEnd { end: String },
    /// An agreement already renewed cannot be renewed again.
    AlreadyRenewed { number: String },
}
