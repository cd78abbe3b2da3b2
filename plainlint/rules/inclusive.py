from .wordlist import WordListRule


class Inclusive(WordListRule):
    code = "PL203"
    name = "inclusive"
    category = "inclusive"
    ruleset = "inclusive"
    summary = "Language that assumes who the reader is (gender, family, ability) or excludes people"
    rationale = (
        "Support content is read by everyone. 'Dear Sir' guesses a gender, 'your husband' guesses a "
        "family, 'guys' addresses a group as men, and terms such as 'whitelist' or 'sanity check' "
        "carry meanings some readers find hurtful. Neutral words cost nothing and never guess wrong."
    )
    bad = (
        "Dear Sir or Madam, thank you for your message.",
        "Ask your husband to add you as a member.",
        "Add the domain to the whitelist.",
    )
    good = (
        "Hello, thank you for your message.",
        "Ask your partner to add you as a member.",
        "Add the domain to the allowlist.",
    )
    fix_safety = "Unsafe: a neutral word usually fits, but the sentence deserves a read."

    def message(self, flagged, entry, suggestions):
        advice = "use " + " or ".join(f"'{s}'" for s in suggestions[:3]) if suggestions else "rephrase"
        note = f" ({entry.note})" if entry.note else ""
        return f"'{flagged}' assumes who the reader is or may exclude people: {advice}{note}"
