# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Typed Flesch-Kincaid counts (readability._counts) for ASCII text: one C pass marks the
characters textstat keeps, then words, sentences (textstat's \\b[^.!?]+[.!?]*) and short
sentences are counted over C chars; syllables are still a dict lookup per lower-cased word
(the table is a Python dict). Non-ASCII text goes to the Python reference (`fallback`)."""

from libc.stdlib cimport malloc, free
from cpython.unicode cimport PyUnicode_DecodeASCII
from cpython.dict cimport PyDict_GetItem
from cpython.object cimport PyObject

cdef unsigned char WORDCH[128]
cdef unsigned char SPACE[128]
cdef unsigned char PUNCT[128]   # [^\w\s'] in ASCII: removed by textstat
cdef int _i
for _i in range(128):
    c = chr(_i)
    WORDCH[_i] = 1 if (c.isalnum() or c == "_") else 0
    SPACE[_i] = 1 if c.isspace() else 0
    PUNCT[_i] = 1 if not (c.isalnum() or c == "_" or c.isspace() or c == "'") else 0

cdef inline bint _kept_apostrophe(const char* s, Py_ssize_t n, Py_ssize_t i):
    """'(?!(?:[tsd]|ve|ll|re)): the apostrophe at i is kept when a contraction follows."""
    if i + 1 < n:
        c = s[i + 1]
        if c == b't' or c == b's' or c == b'd':
            return True
        if i + 2 < n:
            d = s[i + 2]
            if (c == b'v' and d == b'e') or (c == b'l' and d == b'l') or (c == b'r' and d == b'e'):
                return True
    return False

cdef Py_ssize_t _tokens(const char* s, const unsigned char* kept, Py_ssize_t lo, Py_ssize_t hi):
    """Whitespace-separated runs of [lo, hi) holding at least one kept character."""
    cdef Py_ssize_t i, count = 0
    cdef bint inside = False, any_kept = False
    for i in range(lo, hi):
        if SPACE[<unsigned char>s[i]]:
            if inside and any_kept:
                count += 1
            inside = False
            any_kept = False
        else:
            inside = True
            if kept[i]:
                any_kept = True
    if inside and any_kept:
        count += 1
    return count

def counts(str text, object syllables_found, object syllables, object fallback):
    """(words, sentences, short sentences, syllables) as readability._counts."""
    if not text.isascii():
        return fallback(text)
    cdef bytes raw = text.encode("ascii")
    cdef const char* s = raw
    cdef Py_ssize_t n = len(raw), i, j, start, words = 0, sentences = 0, short = 0, total = 0
    cdef unsigned char ch
    cdef unsigned char* kept = <unsigned char*> malloc(n + 1)
    cdef char* word = <char*> malloc(n + 1)
    cdef Py_ssize_t wlen
    cdef object w
    cdef PyObject* hit
    try:
        for i in range(n):
            ch = <unsigned char> s[i]
            if ch == 39:  # '
                kept[i] = _kept_apostrophe(s, n, i)
            else:
                kept[i] = not PUNCT[ch] and not SPACE[ch]
        # words and their syllables
        i = 0
        while i < n:
            if SPACE[<unsigned char>s[i]]:
                i += 1
                continue
            wlen = 0
            while i < n and not SPACE[<unsigned char>s[i]]:
                if kept[i]:
                    ch = <unsigned char> s[i]
                    word[wlen] = ch + 32 if 65 <= ch <= 90 else ch
                    wlen += 1
                i += 1
            if wlen:
                words += 1
                w = PyUnicode_DecodeASCII(word, wlen, NULL)
                hit = PyDict_GetItem(syllables_found, w)
                total += <Py_ssize_t> (<object> hit) if hit is not NULL else <Py_ssize_t> syllables[w]
        if not words:
            return 0, 0, 0, 0
        # textstat's sentences: \b[^.!?]+[.!?]*, found left to right
        i = 0
        while i < n:
            ch = <unsigned char> s[i]
            if ch != 46 and ch != 33 and ch != 63 and \
                    (WORDCH[<unsigned char>s[i - 1]] if i > 0 else 0) != WORDCH[ch]:
                start = i
                while i < n and s[i] != b'.' and s[i] != b'!' and s[i] != b'?':
                    i += 1
                while i < n and (s[i] == b'.' or s[i] == b'!' or s[i] == b'?'):
                    i += 1
                sentences += 1
                if _tokens(s, kept, start, i) <= 2:
                    short += 1
            else:
                i += 1
        return words, sentences, short, total
    finally:
        free(kept)
        free(word)
