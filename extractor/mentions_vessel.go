package extractor

// Named vessels: a navy's ship prefix and the ship's name ("HMS Duncan",
// "the German frigate FGS Hessen", "HNoMS Roald Amundsen") are an
// equipment item; the prefix (lexicon/navies.yaml, a demonym of exact
// case) names the owner the way "German" does in "German frigate".

import (
	"unicode"
	"unicode/utf8"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// nameLinks are the lower-case words inside a ship's name ("HMS Prince
// of Wales", "HMCS Ville de Québec", "HNLMS Karel van Doorman").
var nameLinks = map[string]bool{"of": true, "de": true, "la": true, "del": true, "van": true, "von": true, "der": true, "di": true}

// navyPrefix reports whether token k is written like a ship prefix: its
// first two letters are capitals ("HMS", "HNoMS", "LÉ"), unlike the
// demonyms of a people ("German").
func (a *analysis) navyPrefix(k int) bool {
	t := a.tx(k)
	r1, n := utf8.DecodeRuneInString(t)
	if n == 0 || n >= len(t) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(t[n:])
	return unicode.IsUpper(r1) && unicode.IsUpper(r2)
}

// vesselAt recognises a named vessel at token i: a navy prefix read as a
// demonym and one to five capitalised words of the name (with the links
// of nameLinks between them), not written in capitals only (a shouted
// headline). Right after an equipment noun ("the frigate HNLMS Tromp")
// the name extends that item; else the vessel is an uncounted equipment
// item of its own. It returns the index after the name, or i.
func (a *analysis) vesselAt(si int, s span, i int) int {
	if i < 0 || i >= len(a.cls) || a.cls[i]&(1<<cDemonym) == 0 || a.claimed[i] {
		return i
	}
	m, ok := a.longest(i, s.end, cDemonym)
	// (not "EU", a demonym too, nor a country's code: "EU Council")
	if !ok || m.end != i+1 || len(m.value) != 2 || m.value == "EU" || !a.navyPrefix(i) || a.has(i, cCountry, cMetonym, cGroup, cLeader) {
		return i
	}
	end := i + 1
	for n := 0; end < s.end && n < 5; n++ {
		k := end
		if nameLinks[a.tx(k)] && n > 0 && k+1 < s.end {
			k++
		}
		if a.toks[k].kind != tWord || !a.upper(k) || a.claimed[k] {
			break
		}
		end = k + 1
	}
	if end == i+1 || !a.lowerInside(i+1, end) {
		return i
	}
	end = a.bracketCountry(end, s) // "HMAS Sea Falcon (Australia)"
	item := a.text[a.toks[i].start:a.toks[end-1].end]
	if a.apposedNames(si, i) {
		a.claim(i, end) // "two frigates, HNLMS Tromp and HNLMS Evertsen": the names restate the count
		return end
	}
	if n := len(a.quants); n > 0 {
		if q := &a.quants[n-1]; q.sent == si && q.end == i && q.kind == news.KindEquipment {
			q.end = end // "the frigate HNLMS Tromp"
			q.item = a.text[a.toks[q.start].start:a.toks[end-1].end]
			a.claim(i, end)
			return end
		}
	}
	a.quants = append(a.quants, quantity{span: span{i, end}, kind: news.KindEquipment, item: item, sent: si})
	a.claim(i, end)
	return end
}

// bracketNamedAt recognises a ship or aircraft name followed by its
// country in brackets at token i, right after an equipment item or a
// list of them ("the frigates Tromp (Netherlands), Hessen (Germany) and
// Fasan (Italy)"): one to three capitalised words the lexicon does not
// know, "(", a country, ")". Right after the item the name extends it;
// after a separator it is an item of its own. It returns the index after
// the ")", or i.
func (a *analysis) bracketNamedAt(si int, s span, i int) int {
	if i <= s.start || i >= len(a.cls) || a.cls[i]&nameStop != 0 || a.claimed[i] || a.toks[i].kind != tWord {
		return i
	}
	// (called for every token: the last quantity first, the letter case
	// after)
	n := len(a.quants)
	if n == 0 || a.quants[n-1].sent != si || a.quants[n-1].kind != news.KindEquipment || !a.upper(i) {
		return i
	}
	q := &a.quants[n-1]
	between := true
	for k := q.end; k < i; k++ {
		if a.tx(k) != "," && a.lw(k) != "and" {
			between = false
			break
		}
	}
	if !between || q.end < i && !a.bracketOwned(q) {
		return i // after a separator only in a list of such names
	}
	j := i
	for j < s.end && j < i+3 && a.toks[j].kind == tWord && a.upper(j) && a.cls[j]&nameStop == 0 {
		j++
	}
	end := a.bracketCountry(j, s)
	if end == j {
		return i
	}
	if q.end == i {
		q.end = end // "the frigates Tromp (Netherlands)"
		q.item = a.text[a.toks[q.start].start:a.toks[end-1].end]
	} else {
		a.quants = append(a.quants, quantity{span: span{i, end}, kind: news.KindEquipment,
			item: a.text[a.toks[i].start:a.toks[end-1].end], sent: si})
	}
	a.claim(i, end)
	return end
}

// nameStop are the classes of words that end a ship's name: actors,
// verbs and nouns of what is given.
const nameStop = 1<<cCountry | 1<<cDemonym | 1<<cMetonym | 1<<cLeader | 1<<cGroup | 1<<cTrigger |
	1<<cDeliveryPast | 1<<cEquipNoun | 1<<cTroopNoun | 1<<cSupportNoun | 1<<cTitle | 1<<cOperationNoun

// bracketCountry returns the index after a country in brackets at token
// k ("(Australia)"), or k.
func (a *analysis) bracketCountry(k int, s span) int {
	if k+2 >= s.end || a.tx(k) != "(" {
		return k
	}
	c, ok := a.longest(k+1, s.end, cCountry)
	if !ok || len(c.value) != 2 || c.end >= s.end || a.tx(c.end) != ")" {
		return k
	}
	return c.end + 1
}

// bracketOwned reports whether the equipment q ends with its country in
// brackets after a name ("Hessen (Germany)").
func (a *analysis) bracketOwned(q *quantity) bool {
	if q.end-q.start < 4 || a.tx(q.end-1) != ")" {
		return false
	}
	for k := q.end - 2; k > q.start && k >= q.end-5; k-- {
		if a.tx(k) == "(" {
			return a.has(k+1, cCountry) && a.upper(k-1)
		}
	}
	return false
}

// apposedNames reports whether token i follows a counted equipment item
// of sentence si and a comma, with only other names (claimed), commas and
// "and" between: "two frigates, HNLMS Tromp and HNLMS Evertsen".
func (a *analysis) apposedNames(si, i int) bool {
	n := len(a.quants)
	if n == 0 {
		return false
	}
	q := a.quants[n-1]
	if q.sent != si || q.kind != news.KindEquipment || q.num == nil || q.end >= i || a.tx(q.end) != "," {
		return false
	}
	for k := q.end; k < i; k++ {
		if !a.claimed[k] && a.tx(k) != "," && a.lw(k) != "and" {
			return false
		}
	}
	return true
}

// lowerInside reports whether a word of [from, to) has a lower-case
// letter: "Duncan" does, a headline's "DUNCAN" does not.
func (a *analysis) lowerInside(from, to int) bool {
	for k := from; k < to; k++ {
		for _, r := range a.tx(k) {
			if unicode.IsLower(r) {
				return true
			}
		}
	}
	return false
}

// namedVessel reports whether the equipment q holds a named vessel: a
// navy prefix followed by a capitalised name ("the frigate HNLMS Tromp").
func (a *analysis) namedVessel(q *quantity) bool {
	if a.bracketOwned(q) {
		return true // "Hessen (Germany)"
	}
	for k := q.start; k+1 < q.end; k++ {
		if a.cls[k]&(1<<cDemonym) != 0 && a.navyPrefix(k) && a.upper(k+1) && !a.has(k, cCountry, cMetonym, cGroup, cLeader) && a.lw(k) != "eu" {
			return true
		}
	}
	return false
}
