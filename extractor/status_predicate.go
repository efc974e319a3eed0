package extractor

// ownPredicateStart returns where the anchor's own verb phrase starts for
// the search of modals and hedges between the giver and the anchor, from
// token from on: after a pronoun that opens its sentence (or stands in
// the anchor's sentence: "This year alone, we provided") right before
// the anchor and stands for the giver ("Japan refused to send troops. It
// sent 40 tanks": the hedge of the sentence before is not this verb's), or after "and", "but" or "yet" right
// before the anchor that coordinates a second predicate of the same
// subject ("refused to send troops but sent 40 tanks", "is considering
// sending troops and sent tanks"). Adverbs ("also", "later", "-ly") may
// stand between the coordinator and the anchor. "not only" right before
// the anchor negates nothing: the phrase starts after it.
func (a *analysis) ownPredicateStart(f *frame, from, anchor int) int {
	if f.anaphor.end > f.anaphor.start && f.anaphor.end > from && a.adverbsOnly(f.anaphor.end, anchor) &&
		(a.opensSentence(f.anaphor.start) || a.sentOfToken(f.anaphor.start) == a.sentOfToken(anchor)) {
		// also a pronoun right before the verb inside its sentence: "This
		// year alone, we provided …" (the sentence before is not this verb's)
		from = f.anaphor.end
	}
	k := anchor - 1
	for k > from && (a.lw(k) == "also" || a.lw(k) == "later" || a.lw(k) == "then" || a.lw(k) == "since" || hasLySuffix(a.lw(k))) {
		// "Canada not only sent …": "not only" negates nothing
		if a.lw(k) == "only" && a.lw(k-1) == "not" {
			return k + 1
		}
		k--
	}
	if k > from {
		switch a.lw(k) {
		case "and", "but", "yet":
			return k + 1
		}
	}
	return from
}

// hasLySuffix reports whether w ends in "ly" (an adverb of manner or
// time: "quickly", "recently").
func hasLySuffix(w string) bool {
	return len(w) > 3 && w[len(w)-2:] == "ly"
}

// opensSentence reports whether token k is the first word of its
// sentence, after any quotation marks.
func (a *analysis) opensSentence(k int) bool {
	si := a.sentOfToken(k)
	if si < 0 {
		return false
	}
	j := a.sents[si].start
	for j < k && a.toks[j].kind == tPunct {
		j++
	}
	return j == k
}

// adverbsOnly reports whether only adverbs ("also", "-ly") stand from
// token from up to token to.
func (a *analysis) adverbsOnly(from, to int) bool {
	for k := from; k < to; k++ {
		if a.lw(k) != "also" && !hasLySuffix(a.lw(k)) {
			return false
		}
	}
	return from <= to
}
