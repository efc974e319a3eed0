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
	item := a.text[a.toks[i].start:a.toks[end-1].end]
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
	for k := q.start; k+1 < q.end; k++ {
		if a.cls[k]&(1<<cDemonym) != 0 && a.navyPrefix(k) && a.upper(k+1) && !a.has(k, cCountry, cMetonym, cGroup, cLeader) && a.lw(k) != "eu" {
			return true
		}
	}
	return false
}
