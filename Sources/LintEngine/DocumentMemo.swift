/// Values derived from one document that several rules read — such as the prose all wording
/// rules match against — computed once per lint instead of once per rule.
///
/// One memo serves one `Linter.lint` call; its rule groups may run on two threads. Each value
/// has a slot with a lock of its own, held while the value is made: a thread that asks for a
/// value another thread is making waits for it instead of making it again. Values depend on
/// one another without cycles (word classes ask for the prose, never the other way), so two
/// threads never wait for each other. Each analysis is a typed field, made by the one
/// accessor that knows how (`RuleContext.prose` and its neighbours in `WordingScan.swift`).
public final class DocumentMemo: Sendable {
    let prose = LazyValue<Prose>()
    let proseWithoutHeadings = LazyValue<Prose>()
    let wordClasses = LazyValue<[WordClass]>()
    let phrases = LazyValue<DocumentPhrases>()
    let saysNoCustomerWasHarmed = LazyValue<Bool>()

    public init() {}
}
