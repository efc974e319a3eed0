package extractor

// Money that is a part of a whole given before: "Of this, €40 million is
// for …", "€40 million of it will go to …". partOfPhrase is the one reader
// of such a phrase (shared by the context donor and the money parts
// frames); partOfAnchor finds it for the context donor in a sentence that
// names no giver; namesWholeBefore and wholeTakenUp tell the words that
// take the whole up.

import "github.com/pledgewatch/pledgewatch/internal/news"

// partOfAnchor finds the phrase that makes money q a part of a whole
// given before (partOfPhrase) for a sentence that names no country but a
// recipient or a place (onlyRecipientsIn), so "Of this, Ukraine spent …"
// is not read. After an opener q must follow its comma within three
// tokens with no number or actor between ("Of this, €40 million is …"),
// since no amount of the line before checks that q is a part of it. It
// returns the span of "of".
func (a *analysis) partOfAnchor(q *quantity, s span) (span, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return span{}, false
	}
	if !a.onlyRecipientsIn(s) {
		return span{}, false
	}
	anchor, c, ok := a.partOfPhrase(q, s)
	if !ok || c < 0 {
		return anchor, ok
	}
	if q.start-c > 3 {
		return span{}, false
	}
	for k := c + 1; k < q.start; k++ {
		if a.toks[k].kind == tNum || a.actorAt[k] >= 0 {
			return span{}, false
		}
	}
	return anchor, true
}

// partOfPhrase is the one reader of "a part of a whole said before" for
// quantity q of sentence s, in either of two forms:
//
//   - an opener before q: "Of this,", "Of the total,", "Of the new
//     package,", "Of these deposits,": "of" opens the sentence and the
//     words up to its first comma name a whole (namesWholeBefore);
//   - "of" and a whole right after q near the start of s: "€40 million of
//     it will go to …", "$2 billion of the total is …".
//
// It returns the span of "of" and, for an opener, the index of its comma
// (-1 for the second form).
func (a *analysis) partOfPhrase(q *quantity, s span) (span, int, bool) {
	if a.lw(s.start) == "of" {
		c := s.start + 1
		for c < q.start && a.tx(c) != "," {
			c++
		}
		if c >= q.start || !a.namesWholeBefore(s.start+1, c, s) {
			return span{}, -1, false
		}
		return span{s.start, s.start + 1}, c, true
	}
	if q.start-s.start <= 3 && q.end+1 < s.end && a.lw(q.end) == "of" && a.wholeTakenUp(q.end+1, s) {
		return span{q.end, q.end + 1}, -1, true
	}
	return span{}, -1, false
}

// namesWholeBefore reports whether tokens from to c (a comma) name a whole
// given before: a word that takes it up ("this", "it", "the total", "the
// new package": wholeTakenUp), or, in at most three words, a last word of
// a sum or a gift ("these", "the funding", "the aid") or a noun of money
// given that is no sum a country has for itself ("the deposits", "the
// loan", not "the budget": sumSubject).
func (a *analysis) namesWholeBefore(from, c int, s span) bool {
	if a.wholeTakenUp(from, s) {
		return true
	}
	if c > from+3 || c == from {
		return false
	}
	switch a.lw(c - 1) {
	case "this", "that", "these", "it", "total", "sum", "amount", "package", "money", "funding", "aid", "which":
		return true
	}
	return a.has(c-1, cMoneyObject, cTriggerNoun) && a.sumSubject(from, c)
}

// wholeTakenUp reports whether token j opens a noun phrase that takes up
// a whole named before: "this", "that", "it", "which", or a determiner and a noun
// of a gift or a sum ("the total", "the new package", "that amount").
func (a *analysis) wholeTakenUp(j int, s span) bool {
	switch a.lw(j) {
	case "this", "that", "it", "which":
		return true
	}
	if !takeUpDeterminer(a.lw(j)) || j+1 >= s.end {
		return false
	}
	h := j + 1
	if h+1 < s.end && a.isModifier(h) && a.toks[h+1].kind == tWord {
		h++ // "the new package"
	}
	return a.wholeTakenUp2(h)
}

// wholeTakenUp2 reports a noun that heads a whole: a gift ("package",
// "aid") or a sum ("total", "amount", "sum", "money").
func (a *analysis) wholeTakenUp2(h int) bool {
	switch a.lw(h) {
	case "total", "sum", "amount", "money", "funds":
		return true
	}
	return giftHead(a, h)
}
