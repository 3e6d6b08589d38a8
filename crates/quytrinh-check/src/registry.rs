//! The one table of rules: code → rule. Codes are never reused; a rule that is retired
//! stays listed with the status `removed`.

use crate::rule::Rule;
use crate::rules::*;

static RULES: &[&dyn Rule] = &[
    &missing_iso_section::MissingIsoSection,
    &undefined_abbreviation::UndefinedAbbreviation,
    &iso_code_format::IsoCodeFormat,
    &missing_effective_date::MissingEffectiveDate,
    &missing_revision::MissingRevision,
    &incomplete_sign_off::IncompleteSignOff,
    &revision_history::RevisionHistory,
    &missing_approval::MissingApproval,
    &draft_procedure::DraftProcedure,
    &approval_authority::ApprovalAuthority,
    &incomplete_decision::IncompleteDecision,
    &effective_before_approval::EffectiveBeforeApproval,
    &missing_tthc_code::MissingTthcCode,
    &tthc_code_format::TthcCodeFormat,
    &missing_name::MissingName,
    &missing_field_or_level::MissingFieldOrLevel,
    &missing_legal_basis::MissingLegalBasis,
    &incomplete_citation::IncompleteCitation,
    &superseded_instrument::SupersededInstrument,
    &missing_channels::MissingChannels,
    &online_level::OnlineLevelRule,
    &missing_place::MissingPlace,
    &missing_fee::MissingFee,
    &missing_result::MissingResult,
    &missing_subjects_or_conditions::MissingSubjectsOrConditions,
    &missing_dossier::MissingDossier,
    &dossier_item_without_count::DossierItemWithoutCount,
    &dossier_sets::DossierSets,
    &missing_statutory_time::MissingStatutoryTime,
    &step_without_duration::StepWithoutDuration,
    &duration_granularity::DurationGranularity,
    &internal_time_exceeds_statutory::InternalTimeExceedsStatutory,
    &time_cut::TimeCut,
    &mixed_day_kinds::MixedDayKinds,
    &step_without_content::StepWithoutContent,
    &step_without_actor::StepWithoutActor,
    &step_numbering::StepNumbering,
    &reception_first::ReceptionFirst,
    &reception_forms::ReceptionForms,
    &return_last::ReturnLast,
    &transfer_time::TransferTime,
    &signing_step::SigningStep,
    &handover_control_sheet::HandoverControlSheet,
    &missing_incomplete_branch::MissingIncompleteBranch,
    &missing_refused_branch::MissingRefusedBranch,
    &missing_late_branch::MissingLateBranch,
    &branch_wrong_form::BranchWrongForm,
    &supplement_deadline::SupplementDeadline,
    &unused_form::UnusedForm,
    &form_set_mismatch::FormSetMismatch,
    &incomplete_record::IncompleteRecord,
    &required_records::RequiredRecords,
    &interconnected_partners::InterconnectedPartners,
    &unmarked_interconnection::UnmarkedInterconnection,
    &newer_regime::NewerRegime,
    &regime_not_in_force::RegimeNotInForce,
    &district_level_abolished::DistrictLevelAbolished,
    &stop_branch::StopBranch,
    &incomplete_closure::IncompleteClosure,
    &one_stop_unit_name::OneStopUnitName,
    &placeholder_text::PlaceholderText,
    &abolished_province::AbolishedProvince,
    &consultation_record::ConsultationRecord,
    &online_reception_notice::OnlineReceptionNotice,
    &abolished_district_place::AbolishedDistrictPlace,
];

/// Every rule, in code order.
pub fn rules() -> &'static [&'static dyn Rule] {
    RULES
}

/// A rule by code (`QC012`) or name (`missing-approval`).
pub fn find_rule(key: &str) -> Option<&'static dyn Rule> {
    let key = key.trim();
    RULES.iter().copied().find(|r| r.meta().code.0.eq_ignore_ascii_case(key) || r.meta().name == key)
}

/// Codes once used by rules that were removed: never to be given to a new rule.
pub fn removed_codes() -> &'static [&'static str] {
    &[]
}
