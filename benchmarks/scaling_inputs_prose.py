"""The prose of benchmarks/scaling.py's generators (scaling_inputs_markdown.py,
scaling_inputs_markup.py): support sentences taken in turn, and distinct acronyms with the words
that spell them out."""

from __future__ import annotations

SENTENCES = (
    "Thanks for reaching out about your order.",
    "We have refunded the shipping fee to your original payment method.",
    "Refunds usually reach your card within five to seven business days.",
    "If the tracking page still shows the old address, reply to this email and we will update it.",
    "You can change your plan at any time from the Billing page in your account settings.",
    "Our team is looking into the delay and will send you an update by Friday.",
    "To reset your password, open the sign-in page and choose Forgot password.",
    "The new invoice lists each seat on its own line, so you can check the total.",
)


def sentence(i: int) -> str:
    return SENTENCES[i % len(SENTENCES)]


def prose(i: int, count: int = 3) -> str:
    return " ".join(sentence(i + k) for k in range(count))


# Capitalised words by initial, for acronyms the document spells out ("Secure Billing Export (SBE)").
INITIAL_WORDS = {
    "A": "Account", "B": "Billing", "C": "Customer", "D": "Data", "E": "Export", "F": "Fraud",
    "G": "Gateway", "H": "Help", "I": "Invoice", "J": "Journey", "K": "Key", "L": "Ledger",
    "M": "Message", "N": "Notice", "O": "Order", "P": "Payment", "Q": "Queue", "R": "Refund",
    "S": "Service", "T": "Ticket", "U": "User", "V": "Vendor", "W": "Workflow", "X": "Xchange",
    "Y": "Yield", "Z": "Zone",
}


LETTERS = "ABCDEFGHIJKLMNOPRSTUVW"  # no Q, X, Y, Z: letter runs stay pronounceable acronyms


def acronym(i: int) -> str:
    """The i-th distinct four-letter acronym (22**4 of them)."""
    letters = []
    for _ in range(4):
        i, digit = divmod(i, len(LETTERS))
        letters.append(LETTERS[digit])
    return "".join(letters)
