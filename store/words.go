package store

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The word index serves Query.Text and the equality filters (their values
// are words of their own, fieldindex.go). idx_word holds, per article,
// 0x00 dateKey | article id → the sorted ids of the article's commitments
// (joinKeys: all of them, since every commitment has the field words of
// fieldindex.go), and per word its postings: one per article
// whose title or commitments' evidence contain it, with a bitmap of the
// commitments that do (none for a title word: all of them). The postings
// of a word are kept sorted in chunks of a few hundred bytes
// (wordchunk.go), with the changes of the latest writes in the word log
// over them (wordlog.go); wordCursor expands the postings into the sort suffixes
// (dateKey | commitment id) of the commitments, so the words and field
// values of a query are joined by seeking and it reads only the chunks
// it seeks to.

var bWord = []byte("idx_word")

// Limits of the word index.
const (
	// maxWordLen: longer words are indexed and looked up by their first
	// maxWordLen bytes.
	maxWordLen = 64
	// maxQueryWords bounds the words of one text query.
	maxQueryWords = 8
)

// words returns the distinct words of the texts, lower-cased: runs of
// letters and digits, cut to maxWordLen bytes.
func words(texts ...string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range texts {
		for _, w := range strings.FieldsFunc(strings.ToLower(t), notWordRune) {
			w = cutWord(w)
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// cutWord cuts w to at most maxWordLen bytes, on a rune boundary.
func cutWord(w string) string {
	if len(w) <= maxWordLen {
		return w
	}
	i := maxWordLen
	for i > 0 && !utf8.RuneStart(w[i]) {
		i--
	}
	return w[:i]
}

// textFilters turns a text query into one equality filter per word.
func textFilters(text string) ([]eqFilter, error) {
	ws := words(text)
	if len(ws) == 0 {
		return nil, invalidf("q", "%q has no word to search for (letters or digits)", text)
	}
	if len(ws) > maxQueryWords {
		return nil, invalidf("q", "%d words; search for at most %d", len(ws), maxQueryWords)
	}
	fs := make([]eqFilter, len(ws))
	for i, w := range ws {
		fs[i] = eqFilter{bWord, w}
	}
	return fs, nil
}
