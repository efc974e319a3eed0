package extractor

// What surrounds a quantity: a US dateline, a conversion of money before
// it, and how far the noun phrase of troops or equipment after its number
// runs (modifiers, codes, casualties).

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// usDateline reports whether the text opens with a US dateline
// ("WASHINGTON (Reuters) -", "New York, March 3 —"): a place of class
// us_dateline at the start of the first line, followed within four tokens
// by a bracket, comma or dash.
func (a *analysis) usDateline() bool {
	for k := 0; k < len(a.toks) && k < 3; k++ {
		m, ok := a.longest(k, len(a.toks), cUSDateline)
		if !ok {
			continue
		}
		for j := m.end; j < len(a.toks) && j < m.end+4 && !a.toks[j].nl; j++ {
			switch a.tx(j) {
			case "(", ",", "-", "–", "—":
				return true
			}
		}
		return false
	}
	return false
}

// isConversion reports whether money starting at token start, in currency
// cur, restates the money quantity right before it: after "(" or ", or",
// with an optional qualifier ("(about $950 million)"), or in another
// currency after a comma and a qualifier ("10 billion yen, roughly $67
// million, to …"), after a dash or ", worth" ("DKK 700 million – roughly
// €94 million –", "¥15 billion, worth about $100 million").
func (a *analysis) isConversion(start, si int, cur string) bool {
	if len(a.quants) == 0 {
		return false
	}
	prev := a.quants[len(a.quants)-1]
	if prev.kind != news.KindMoney || prev.sent != si {
		return false
	}
	k := prev.end
	if k < start && (a.tx(k) == "(" || a.tx(k) == "[" || a.tx(k) == "/") {
		k++
	} else if k+1 < start && a.tx(k) == "," && a.lw(k+1) == "or" {
		k += 2
	} else if k < start && a.lw(k) == "or" {
		k++
	} else if k+1 <= start && a.tx(k) == "," && otherCurrency(&prev, cur) && a.has(k+1, cQualifier) {
		k++
	} else if k < start && (a.tx(k) == "–" || a.tx(k) == "—") && otherCurrency(&prev, cur) {
		k++ // "DKK 700 million – roughly €94 million –"
	} else if k+2 <= start && a.tx(k) == "," && a.lw(k+1) == "worth" && otherCurrency(&prev, cur) {
		k += 2 // "¥15 billion, worth about $100 million,"
	} else if !(k+2 < start && a.tx(k) == "," && a.lw(k+1) == "equivalent") {
		return a.bracketedConversion(&prev, start, cur) // "€1 billion to Kyiv ($1.1 billion)"
	}
	// "(equivalent to about $190 million)", ", equivalent to $190 million"
	if k < start && a.tx(k) == "," {
		k++
	}
	if k+1 < start && (a.lw(k) == "equivalent" || a.lw(k) == "equal") && a.lw(k+1) == "to" {
		k += 2
	}
	if q, ok := a.longest(k, start+1, cQualifier); ok && q.end <= start {
		k = q.end
	}
	return k == start
}

// extendTroops extends a troop noun over the troop nouns right after it:
// "340 Defence Forces personnel", "a military police contingent".
func (a *analysis) extendTroops(end, lim int) int {
	for end < lim {
		// "engineers and medical staff", "soldiers and police officers"
		if a.lw(end) == "and" && end+1 < lim {
			k := end + 1
			if a.isModifier(k) && !a.has(k, cTroopNoun) && k+1 < lim {
				k++
			}
			if m, ok := a.longest(k, lim, cTroopNoun); ok {
				end = m.end
				continue
			}
			return end
		}
		m, ok := a.longest(end, lim, cTroopNoun)
		if !ok {
			return end
		}
		end = m.end
	}
	return end
}

// codeBeforeNumber reports whether an ISO code stands as a currency before
// a number: always when glued to it, and for codes that are also words
// ("ALL", "CAD") only then or before a scale word ("CAD 10 million").
func (e *Extractor) codeBeforeNumber(a *analysis, cur match, lim int) bool {
	toks := a.toks
	if cur.end >= len(toks) || toks[cur.end].kind != tNum {
		return false
	}
	if toks[cur.end].glued || !e.ambiguousCodes[cur.value] {
		return true
	}
	// "CAD 10 million": a scale word after the number makes it an amount
	_, scaled := scaleAt(&a.doc, a.ann, cur.end+1, lim)
	return scaled
}

// extendEquipment extends an equipment noun phrase to the right over
// further equipment nouns and model numbers ("Leopard 2 tanks").
func (a *analysis) extendEquipment(end, lim int) int {
	for end < lim {
		if m, ok := a.longest(end, lim, cEquipNoun, cEquipSuffix); ok {
			end = m.end
			continue
		}
		// a model suffix glued to the name: "Leopard 2A4", "F-16AM"
		if t := a.toks[end]; t.glued && t.kind != tPunct {
			end++
			continue
		}
		// a mark in Roman numerals after a model name: "Challenger IIs"
		if romanMark(a.tx(end)) && a.upper(end-1) {
			end++
			continue
		}
		if a.toks[end].kind == tNum && end+1 < lim && a.has(end+1, cEquipNoun) {
			end++
			continue
		}
		if a.isJoiner(end) && end+1 < lim && a.toks[end+1].kind == tNum {
			end += 2
			continue
		}
		// "two batteries of Patriot missiles": what the units hold is the item
		if a.lw(end) == "of" && end+1 < lim && unitNoun(a.lw(end-1)) {
			k := end + 1
			for n := 0; n < 2 && k < lim && !a.has(k, cEquipNoun); n++ {
				// a calibre: "rounds of 155-mm ammunition", "155mm", "155 mm"
				if a.toks[k].kind == tNum && k+2 < lim && a.tx(k+1) == "-" && a.toks[k+1].glued && a.toks[k+2].glued {
					k += 3
					continue
				}
				if a.calibre(k) && k+2 < lim {
					k += 2
					continue
				}
				if !a.isModifier(k) {
					break
				}
				k++
			}
			if m, ok := a.longest(k, lim, cEquipNoun); ok {
				end = m.end
				continue
			}
		}
		// modifiers before another equipment noun: "CV90 infantry fighting vehicles"
		k := end
		for n := 0; n < 3 && k < lim && (a.isModifier(k) || a.has(k, cTroopNoun)) && !a.has(k, cEquipNoun); n++ {
			k++
			// a hyphenated modifier is one: "self-propelled anti-aircraft guns"
			for k+1 < lim && a.tx(k) == "-" && a.toks[k].glued && a.toks[k+1].glued && a.toks[k+1].kind == tWord {
				k += 2
			}
		}
		if k > end && k < lim {
			if m, ok := a.longest(k, lim, cEquipNoun); ok {
				end = m.end
				continue
			}
		}
		break
	}
	return end
}

// isModifier reports whether token k can sit inside a noun phrase before
// its head: a word (or glued numeral) that is no function word or cue.
func (a *analysis) isModifier(k int) bool {
	t := a.toks[k]
	if a.claimed[k] {
		return false
	}
	if t.kind != tWord {
		return false
	}
	// "20 supply trucks", "Philippine supply boats": a noun, not the verb
	if a.supplyNoun(k) {
		return true
	}
	// "step up intelligence sharing", "hand over": the end of a verb of giving
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if m, ok := a.longest(j, len(a.toks), cTrigger); ok && m.end == k+1 {
			return false
		}
	}
	const notModifier = 1<<cStop | 1<<cTrigger | 1<<cDeliveryPast | 1<<cLocPrep | 1<<cClauseBreak | 1<<cDeclined | 1<<cConsidering |
		1<<cReporting | 1<<cPronoun | 1<<cSubjectFollower | 1<<cCurSuffix | 1<<cCurPrefix | 1<<cCasualty | 1<<cQualifier | 1<<cTriggerNoun |
		1<<cPerfectAux | 1<<cPassiveAux | 1<<cNounLink
	return k >= len(a.cls) || a.cls[k]&notModifier == 0
}

// casualtyNear reports whether a casualty word is within two tokens of
// [from, to): "5,000 troops killed" is not a pledge.
func (a *analysis) casualtyNear(from, to int, s span) bool {
	for k := max(s.start, from-2); k < min(s.end, to+2); k++ {
		if a.has(k, cCasualty) {
			return true
		}
	}
	return false
}

// romanMark reports whether w is a mark of a model in Roman numerals,
// singular or plural: "II", "IIs", "III", "IV".
func romanMark(w string) bool {
	switch w {
	case "II", "IIs", "III", "IIIs", "IV", "IVs":
		return true
	}
	return false
}
