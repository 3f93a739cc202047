import ArgumentParser

/// `outpost keywords …` — keyword extraction tools (offline, on files and stdin).
struct KeywordsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "Extract keyphrases and evaluate the extractor.",
        discussion: """
            Keyphrases come from the same encoder pass as intent (phrase vectors pooled from the \
            token vectors) plus statistics of the text. Without an encoder model the statistics \
            path runs alone (lower quality).

            Examples:
              echo '{"text": "Please move my cardiology follow-up to Tuesday"}' | outpost keywords extract
              outpost keywords eval --data ../shared/data/keyphrase/inspec_dev.jsonl --json
            """,
        subcommands: [KeywordsExtractCommand.self, KeywordsEvalCommand.self]
    )
}
