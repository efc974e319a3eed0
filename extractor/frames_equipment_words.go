package extractor

// Words of the equipment mentions: the "with" of a verb of giving and
// its recipient, and calibres that are no count.

// givingWith reports whether token k is the "with" of a verb of giving
// and its recipient: "supply Ukraine with ammunition", "will provide the
// Ukrainian army with shells". The goods after it are the verb's object,
// not a description. (It runs before the actors are found: the recipient
// is one to four words with no punctuation, preposition or clause break.)
func (a *analysis) givingWith(k int, s span) bool {
	if a.lw(k) != "with" {
		return false
	}
	for j := k - 2; j >= s.start && j >= k-5; j-- {
		if a.toks[j+1].kind == tPunct || a.has(j+1, cLocPrep, cClauseBreak, cTrigger) {
			return false
		}
		if a.has(j, cTrigger) {
			return true
		}
	}
	return false
}

// calibre reports whether the number at token i gives a calibre in
// millimetres ("155mm", "155-mm", "120 mm", "155 millimetre"): a
// description of the goods, not their count.
func (a *analysis) calibre(i int) bool {
	if a.toks[i].kind != tNum || i+1 >= len(a.toks) {
		return false
	}
	k := i + 1
	if a.tx(k) == "-" && k+1 < len(a.toks) {
		k++
	}
	switch a.lw(k) {
	case "mm", "millimetre", "millimeter", "millimetres", "millimeters", "cm":
		return true
	}
	return false
}

// missionNear reports whether sentence si or one of the three before it
// names an operation, a mission or a coalition (an operation noun or a
// join verb), or an operational area: the context in which a ship or an
// aircraft on its way is a contribution.
func (a *analysis) missionNear(si int) bool {
	for j := max(0, si-3); j <= si && j < len(a.sents); j++ {
		if a.stats.sentCls[j]&(1<<cOperationNoun|1<<cJoinVerb) != 0 {
			return true
		}
		for k := a.sents[j].start; k < a.sents[j].end; k++ {
			if a.lw(k) == "operational" {
				return true
			}
		}
	}
	return false
}

// foreignAfter reports whether a country other than owner is named after
// the goods q in their sentence: "Danish F-16s arrived in Ukraine".
func (a *analysis) foreignAfter(q quantity, owner string, s span) bool {
	for k := q.end; k < s.end; k++ {
		if n := a.actorAt[k]; n >= 0 && a.actors[n].code != owner && len(a.actors[n].code) == 2 {
			return true
		}
	}
	return false
}
