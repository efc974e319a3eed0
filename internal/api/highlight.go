package api

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/biter777/countries"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// span marks text[Start:End] for highlighting.
type span struct {
	Start, End int
	// Class is the CSS class of the mark; Anchor, if set, its element id;
	// Href, if set, makes the mark a link; Title its tooltip.
	Class, Anchor, Href, Title string
}

// segment is a piece of text, highlighted when Class is not empty. The
// template escapes Text.
type segment struct {
	Text                       string
	Class, Anchor, Href, Title string
}

// highlight cuts text into segments, marking the spans. Offsets outside
// the text are clipped, offsets inside a UTF-8 sequence are moved to the
// sequence's start, and a span overlapping an earlier one (by start, then
// longest first) is cut to begin after it. The segments' texts
// concatenate to text.
func highlight(text string, spans []span) []segment {
	ss := make([]span, 0, len(spans))
	for _, s := range spans {
		s.Start, s.End = runeFloor(text, s.Start), runeFloor(text, s.End)
		if s.Start < s.End {
			ss = append(ss, s)
		}
	}
	sort.SliceStable(ss, func(i, j int) bool {
		if ss[i].Start != ss[j].Start {
			return ss[i].Start < ss[j].Start
		}
		return ss[i].End > ss[j].End
	})
	var out []segment
	pos := 0
	for _, s := range ss {
		if s.Start < pos {
			s.Start = pos
		}
		if s.Start >= s.End {
			continue
		}
		if s.Start > pos {
			out = append(out, segment{Text: text[pos:s.Start]})
		}
		out = append(out, segment{Text: text[s.Start:s.End], Class: s.Class, Anchor: s.Anchor, Href: s.Href, Title: s.Title})
		pos = s.End
	}
	if pos < len(text) {
		out = append(out, segment{Text: text[pos:]})
	}
	return out
}

// runeFloor clips i to [0, len(s)] and moves it back to a rune start.
func runeFloor(s string, i int) int {
	if i <= 0 {
		return 0
	}
	if i >= len(s) {
		return len(s)
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// actorAliases are extra names under which frequent actors appear in news.
var actorAliases = map[string][]string{
	"GB":   {"Britain", "British", "UK", "U.K."},
	"US":   {"U.S.", "US", "America", "American", "Washington"},
	"DE":   {"German", "Berlin"},
	"FR":   {"French", "Paris"},
	"UA":   {"Ukrainian", "Kyiv"},
	"RU":   {"Russia", "Russian", "Moscow"},
	"PL":   {"Polish", "Warsaw"},
	"IT":   {"Italian", "Rome"},
	"ES":   {"Spanish", "Madrid"},
	"NL":   {"Dutch", "Netherlands"},
	"CA":   {"Canadian", "Ottawa"},
	"JP":   {"Japanese", "Tokyo"},
	"KR":   {"South Korea", "South Korean", "Seoul"},
	"AU":   {"Australian", "Canberra"},
	"TR":   {"Turkey", "Turkish", "Ankara"},
	"SE":   {"Swedish", "Stockholm"},
	"NO":   {"Norwegian", "Oslo"},
	"DK":   {"Danish", "Copenhagen"},
	"FI":   {"Finnish", "Helsinki"},
	"CZ":   {"Czech", "Czech Republic", "Prague"},
	"EU":   {"European Union", "EU", "Brussels"},
	"NATO": {"NATO", "alliance"},
}

// actorNames returns the names to look for in a text for actor.
func actorNames(actor string) []string {
	if name, ok := strings.CutPrefix(actor, "group:"); ok {
		return []string{name}
	}
	var names []string
	if len(actor) == 2 {
		if c := countries.ByName(actor); c != countries.Unknown {
			if n := c.String(); n != "" && n != "Unknown" && n != "None" {
				names = append(names, n)
			}
		}
	}
	return append(names, actorAliases[actor]...)
}

// actorSpan finds the first mention of actor in text (names matched
// case-insensitively on word boundaries; all-capital codes exactly).
func actorSpan(text, actor string) (span, bool) {
	best := span{Start: -1}
	for _, n := range actorNames(actor) {
		i := findWord(text, n)
		if i >= 0 && (best.Start < 0 || i < best.Start || (i == best.Start && i+len(n) > best.End)) {
			best = span{Start: i, End: i + len(n)}
		}
	}
	return best, best.Start >= 0
}

// findWord returns the index of the first occurrence of word in text that
// is not inside a longer word, or -1. Words of capitals and dots (codes
// like "US") match case-sensitively, others case-insensitively (ASCII).
func findWord(text, word string) int {
	if word == "" {
		return -1
	}
	hay, needle := text, word
	if strings.ToUpper(word) != word {
		hay, needle = asciiLower(text), asciiLower(word)
	}
	for off := 0; off <= len(hay)-len(needle); {
		i := strings.Index(hay[off:], needle)
		if i < 0 {
			return -1
		}
		i += off
		j := i + len(needle)
		if (i == 0 || !isWordByte(hay[i-1])) && (j == len(hay) || !isWordByte(hay[j])) {
			return i
		}
		off = i + 1
	}
	return -1
}

// asciiLower lower-cases ASCII letters only, keeping byte offsets.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 0x80 || ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

// numberRE matches a quantity as news states it: an optional currency,
// digits with separators, an optional scale word.
var numberRE = regexp.MustCompile(`(?i)(?:(?:US|A|C)?\$|£|€|\b(?:EUR|USD|GBP)\s?)?\d[\d,.]*(?:\s?(?:trillion|billion|million|thousand|tn|bn|mn|m|k)\b)?`)

// quantitySpan finds the quantity of c in text: the number whose value
// equals c's troops, amount or count. A commitment without a number has no
// quantity to show (the first number of the sentence is often a date).
func quantitySpan(text string, c news.Commitment) (span, bool) {
	want, hasWant := math.NaN(), false
	switch {
	case c.Troops != nil && c.Kind == news.KindTroops:
		want, hasWant = float64(*c.Troops), true
	case c.Amount != nil && c.Kind == news.KindMoney:
		want, hasWant = *c.Amount, true
	case c.Count != nil:
		want, hasWant = float64(*c.Count), true
	}
	if !hasWant {
		return span{}, false
	}
	for _, m := range numberRE.FindAllStringIndex(text, 20) {
		if v, ok := numberValue(text[m[0]:m[1]]); ok && math.Abs(v-want) <= 1e-6*math.Max(1, math.Abs(want)) {
			return span{Start: m[0], End: m[1]}, true
		}
	}
	return span{}, false
}

// numberValue evaluates a numberRE match: "£1.6bn" → 1.6e9, "5,000" → 5000.
func numberValue(s string) (float64, bool) {
	l := strings.ToLower(s)
	i := strings.IndexAny(l, "0123456789")
	if i < 0 {
		return 0, false
	}
	l = l[i:]
	j := 0
	for j < len(l) && (l[j] == ',' || l[j] == '.' || ('0' <= l[j] && l[j] <= '9')) {
		j++
	}
	num := strings.TrimRight(strings.ReplaceAll(l[:j], ",", ""), ".")
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, false
	}
	switch strings.TrimSpace(l[j:]) {
	case "trillion", "tn":
		v *= 1e12
	case "billion", "bn":
		v *= 1e9
	case "million", "mn", "m":
		v *= 1e6
	case "thousand", "k":
		v *= 1e3
	}
	return v, true
}

// evidenceSegments highlights the actor and the quantity of c in its
// evidence sentence.
//
// The spans the extractor recorded (ActorSpan, ValueSpan) are used when
// present; commitments stored without them fall back to searching the
// evidence for the actor's name and the quantity's value.
func evidenceSegments(c news.Commitment) []segment {
	var ss []span
	a, ok := evidenceSpan(c, c.ActorSpan)
	if !ok {
		a, ok = actorSpan(c.Evidence, c.Actor)
	}
	if ok {
		a.Class, a.Title = "actor", "actor "+c.Actor
		ss = append(ss, a)
	}
	q, ok := evidenceSpan(c, c.ValueSpan)
	if !ok {
		q, ok = quantitySpan(c.Evidence, c)
	}
	if ok {
		q.Class, q.Title = "qty", c.Value()
		ss = append(ss, q)
	}
	return highlight(c.Evidence, ss)
}

// evidenceSpan turns a span of the article text into one of c.Evidence,
// if it lies inside it.
func evidenceSpan(c news.Commitment, sp *[2]int) (span, bool) {
	if sp == nil || c.End-c.Start != len(c.Evidence) {
		return span{}, false
	}
	start, end := sp[0]-c.Start, sp[1]-c.Start
	if start < 0 || end > len(c.Evidence) || start >= end {
		return span{}, false
	}
	return span{Start: start, End: end}, true
}

// articleSegments highlights every commitment's evidence in the article
// text, each mark linking to its commitment and anchored as c-<id>.
func articleSegments(text string, cs []news.Commitment) []segment {
	ss := make([]span, 0, len(cs))
	for _, c := range cs {
		cls := "ext kind-" + string(c.Kind)
		if c.Review == news.ReviewRejected {
			cls += " rejected"
		}
		ss = append(ss, span{Start: c.Start, End: c.End, Class: cls, Anchor: "c-" + c.ID,
			Title: actorLabel(c.Actor) + ": " + c.Value() + " (" + string(c.Status) + ")"})
	}
	return highlight(text, ss)
}

// actorLabel is the display name of an actor code: "GB" → "United Kingdom (GB)".
func actorLabel(actor string) string {
	if name, ok := strings.CutPrefix(actor, "group:"); ok {
		return name
	}
	if len(actor) == 2 {
		if c := countries.ByName(actor); c != countries.Unknown {
			if n := c.String(); n != "" && n != "Unknown" && n != "None" {
				return n + " (" + actor + ")"
			}
		}
	}
	return actor
}
