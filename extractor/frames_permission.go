package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule ids of permissions: a country that lets (or does not let) others
// give, or lets materiel cross its territory.
const (
	rulePermission = "frame.permission"
	// ruleControlled: the committer is the object of a verb of
	// blocking: "Berlin would not block Poland from sending tanks".
	ruleControlled = "frame.controlled"
)

// permissionVerb classifies a verb of letting ("allow") or of stopping
// ("block"); other words give "".
func permissionVerb(w string) string {
	switch w {
	case "allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "permitting",
		"authorise", "authorises", "authorised", "authorising", "authorize", "authorizes", "authorized", "authorizing":
		return "allow"
	case "block", "blocks", "blocked", "blocking", "prevent", "prevents", "prevented", "preventing",
		"bar", "bars", "barred", "barring", "stop", "stops", "stopped", "stopping",
		"veto", "vetoes", "vetoed", "vetoing", "ban", "bans", "banned", "banning":
		return "block"
	}
	return ""
}

// passageNouns are what a country may allow across or out of its
// territory: "allow the transit of weapons", "the transfer of the system".
var passageNouns = map[string]bool{"transit": true, "transfer": true, "transfers": true, "export": true, "exports": true,
	"delivery": true, "deliveries": true, "supply": true, "shipment": true, "shipments": true, "passage": true,
	"sale": true, "sales": true}

// negatedBefore reports whether a negation lies in the four tokens before
// token k: "wouldn't block", "will not allow", "neither would it allow",
// "its decision not to allow".
func (a *analysis) negatedBefore(k int, s span) bool {
	for j := k - 1; j >= s.start && j >= k-4; j-- {
		switch a.lw(j) {
		case "not", "never", "neither", "nor", "n't", "won't", "wouldn't", "wouldn’t", "won’t":
			return true
		}
		if a.has(j, cDeclined) {
			return true
		}
	}
	return false
}

// permissionFrames finds permissions given or refused, as support (or as
// equipment when what passes is materiel):
//   - "Berlin wouldn't block Poland from sending tanks": the blocker's
//     permission, considering when it will not block (a signal), declined
//     when it blocks;
//   - "Germany allowed other countries to re-export them": a permission,
//     pledged, or declined when negated;
//   - "it would not allow the transit of weapons across its territory"
//     (support), "its decision not to allow the transfer of the system to
//     Ukraine" (equipment, declined).
func (a *analysis) permissionFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if !a.sentHas(si, wPermission) {
			continue // no verb of permissionVerb
		}
		for k := s.start + 1; k < s.end-2; k++ {
			if !a.tokHas(k, wPermission) {
				continue // permissionVerb would say ""
			}
			kind := permissionVerb(a.lw(k))
			if kind == "" {
				continue
			}
			neg := a.negatedBefore(k, s)
			var f frame
			ok := false
			if a.lw(k-1) == "to" {
				// "Israel stands firm in its decision not to allow …": the
				// subject of the sentence; an infinitive without a negation
				// is someone's wish ("want the country to allow")
				if !neg {
					continue
				}
				for _, am := range a.actorsOf(s) {
					if am.end <= k && am.subject && len(am.code) == 2 {
						f, ok = frame{actors: []actorMention{am}, anchor: span{k, k + 1}, rule: ruleActive, window: span{am.start, k + 1}, conf: 0.6}, true
						break
					}
				}
			} else {
				f, ok = a.subjectFrame(match{start: k, end: k + 1}, s)
				// a pronoun only right before the verb: "neither would it allow"
				if ok && f.rule == rulePronoun && k-f.anaphor.start > 2 {
					ok = false
				}
			}
			if !ok {
				continue
			}
			named := f.rule == ruleActive
			f.rule = rulePermission
			f.conf = min(f.conf, 0.65)
			q := quantity{kind: news.KindSupport, sent: si}
			j := k + 1
			// "the transit of", "the re-export of"
			noun := j + 1
			if noun+2 < s.end && a.lw(noun) == "re" && a.tx(noun+1) == "-" {
				noun += 2
			}
			switch {
			case a.lw(j) == "the" && noun+1 < s.end && passageNouns[a.lw(noun)] && a.lw(noun+1) == "of":
				// "allow the transit of weapons", "vetoed the re-export of ammunition"
				end := noun + 2
				for end < s.end && end < noun+8 && a.toks[end].kind != tPunct && !a.has(end, cLocPrep) {
					end++
				}
				q.span = span{j + 1, end}
				if a.lw(noun) != "transit" && a.lw(noun) != "passage" {
					// "authorised the sale of $1.4 billion worth of military
					// aircraft": the price stands before the goods sold
					reach := end
					if a.has(noun, cSale) || exportNoun(a.lw(noun)) {
						reach = max(end, min(s.end, noun+14))
					}
					for _, o := range a.quantsOf(si) {
						if o.sent == si && o.kind == news.KindEquipment && o.start >= noun+2 && o.start < reach {
							q.kind = news.KindEquipment
						}
					}
				}
				// "authorised the sale of $1.4 billion worth of aircraft": a sale
				// is the goods' line or none, never support, and the goods'
				// own quantity gives that line (the span here ends at the price)
				if a.lw(noun) == "sale" || a.lw(noun) == "sales" {
					continue
				}
				// allowing is a pledge, blocking a refusal; a negation turns them
				f.forced = news.StatusPledged
				if (kind == "block") != neg {
					f.forced = news.StatusDeclined
				}
			case kind == "block":
				// "block Poland from sending"
				n := a.actorEndingAt(j, s)
				if !named || n < 0 || a.actors[n].start != j || a.actors[n].end >= s.end || a.lw(a.actors[n].end) != "from" {
					continue
				}
				end := a.actors[n].end + 2
				q.span = span{k, min(end, s.end)}
				f.forced = news.StatusDeclined
				if neg {
					f.forced = news.StatusConsidering
				}
			default:
				// "allowed other countries (using the tank) to re-export them"
				to := -1
				for t := j; t < s.end && t < j+8; t++ {
					if a.lw(t) == "to" {
						to = t
						break
					}
					if a.toks[t].kind == tPunct && a.tx(t) != "-" {
						break
					}
				}
				if to < 0 || to+1 >= s.end {
					continue
				}
				others := false
				for t := j; t < to; t++ {
					if a.actorAt[t] >= 0 || a.has(t, cGroupNoun) {
						others = true
					}
				}
				v := to + 1
				if !others || !(a.has(v, cTrigger) || a.lw(v) == "re" || a.lw(v) == "export" || a.lw(v) == "re-export") {
					continue
				}
				q.span = span{k, min(s.end, v+1)}
				// "allow the US to provide Ukraine with the Iron Dome system": materiel
				for _, o := range a.quantsOf(si) {
					// (">=": a modifier run may take the verb, "re-export Leopard tanks")
					if o.sent == si && o.kind == news.KindEquipment && o.start >= v && o.start < v+10 {
						q.kind = news.KindEquipment
					}
				}
				f.forced = news.StatusPledged
				if neg {
					f.forced = news.StatusDeclined
				}
			}
			q.item = a.text[a.toks[q.start].start:a.toks[q.end-1].end]
			if q.kind == news.KindSupport && kind != "" && (a.lw(q.start) != "transit" && a.lw(q.start) != "passage") {
				q.item = "permission: " + q.item
			}
			f.window = span{f.window.start, q.end}
			emit(f, q, q.item)
			k = q.end - 1
		}
	}
}

// controlledFrame reads a trigger whose subject is the object of a verb
// of blocking or of a refused permission: in "Berlin wouldn't block
// Poland from sending tanks" Berlin does not send (its permission is read
// by permissionFrames) and Poland's own commitment is told elsewhere; the
// frame it returns has no actors, so nothing is emitted.
func (a *analysis) controlledFrame(t match, s span) (frame, bool) {
	// "Israel cannot allow the US to provide …": a refused permission is
	// the refuser's (see permissionFrames), the permitted party commits nothing
	if to := t.start - 1; to-2 > s.start && a.lw(to) == "to" {
		if n := a.actorEndingAt(to-1, s); n >= 0 && a.actors[n].end == to {
			v := a.actors[n].start - 1
			if v > s.start && (a.lw(v) == "the" || a.lw(v) == "a") {
				v--
			}
			if v > s.start && permissionVerb(a.lw(v)) == "allow" && a.negatedBefore(v, s) {
				return frame{anchor: span{t.start, t.end}, rule: ruleControlled}, true
			}
		}
	}
	// "Kyiv urged Germany to send tanks", "its partners want the country to
	// focus on …": a request to someone is no one's commitment
	if to := t.start - 1; to-2 > s.start && a.lw(to) == "to" {
		obj := to - 1
		if n := a.actorEndingAt(obj, s); n >= 0 {
			obj = a.actors[n].start - 1
		} else if a.lw(obj) == "country" && a.lw(obj-1) == "the" {
			obj -= 2
		} else if a.lw(obj) == "it" || a.lw(obj) == "them" {
			obj--
		} else {
			obj = -1
		}
		if obj > s.start && a.lw(obj) == "the" {
			obj--
		}
		if obj >= s.start && requestVerb(a.lw(obj)) {
			return frame{anchor: span{t.start, t.end}, rule: ruleControlled}, true
		}
	}
	from := t.start - 1
	if from-1 <= s.start || a.lw(from) != "from" {
		return frame{}, false
	}
	n := a.actorEndingAt(from-1, s)
	if n < 0 || a.actors[n].end != from || a.actors[n].start-1 < s.start || permissionVerb(a.lw(a.actors[n].start-1)) != "block" {
		return frame{}, false
	}
	// the blocker's permission is the commitment (see permissionFrames);
	// the blocked party commits nothing here
	return frame{anchor: span{t.start, t.end}, rule: ruleControlled}, true
}

// noSign reports whether the frame's actor follows a denial of any sign
// of the commitment: "there is no indication that the US is looking to
// send tanks", "no sign yet that Germany is planning to".
func (a *analysis) noSign(f *frame) bool {
	if len(f.actors) == 0 {
		return false
	}
	first := f.actors[0].start
	for j := max(0, first-6); j+1 < first; j++ {
		if a.lw(j) != "no" {
			continue
		}
		switch a.lw(j + 1) {
		case "sign", "signs", "indication", "indications", "evidence":
			return true
		}
	}
	return false
}

// requestVerb reports whether w asks someone else to act: "urged Germany
// to send", "want the country to", "asked Berlin to approve".
func requestVerb(w string) bool {
	switch w {
	case "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "want", "wants", "wanted",
		"press", "pressed", "pressing", "encourage", "encouraged", "encourages", "request", "requested", "requests",
		"implore", "implored", "beg", "begged", "appeal", "appealed", "persuade", "persuaded":
		return true
	}
	return false
}
