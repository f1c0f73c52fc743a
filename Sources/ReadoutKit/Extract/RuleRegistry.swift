/// Every built-in rule, in the order they run: later rules read what earlier ones found
/// (attendance needs the meeting; tasks need goals; mechanisms link to tasks).
public enum RuleRegistry {
    public static let rules: [any ExtractionRule.Type] = [
        ArticleMetadataRule.self,
        MeetingRule.self,
        ClauseSubjectRule.self,
        OfficialRule.self,
        InspectionRule.self,
        GatheringRule.self,
        BanquetRule.self,
        VisitRule.self,
        EncounterRule.self,
        ArrivalRule.self,
        FarewellRule.self,
        AttendanceRule.self,
        InstructionRule.self,
        AppointmentRule.self,
        OrganizationRule.self,
        DocumentRule.self,
        FormulationRule.self,
        StatisticRule.self,
        GoalRule.self,
        OutlineTaskRule.self,
        SentenceTaskRule.self,
        PrincipleRule.self,
        MechanismRule.self,
    ]

    public static func description(of identifier: String) -> RuleDescription? {
        rules.first { $0.description.identifier == identifier }?.description
    }
}
