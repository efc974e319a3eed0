package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleDeliveryNoun marks materiel named after a noun of handing over
// that is the object of a verb of deciding: "ruled out the delivery of
// Taurus missiles", "halted deliveries of tanks", "completed the transfer
// of 14 howitzers", "suspended arms deliveries to Israel".
const ruleDeliveryNoun = "frame.delivery-noun"

// deliveryNouns are the nouns of handing over whose object is materiel.
var deliveryNouns = map[string]bool{"delivery": true, "deliveries": true, "transfer": true, "transfers": true,
	"supply": true, "supplies": true, "shipment": true, "shipments": true, "dispatch": true, "provision": true,
	"handover": true, "hand-over": true, "export": true, "exports": true, "sending": true}

// deliveryNounFrame reads equipment q as the object of a noun of handing
// over ("the delivery of Q", "Q deliveries") whose own verb decides it:
// a cue of refusal, hedge or completion ("ruled out", "halted", "is
// weighing", "completed") or a verb of deciding ("approved", "announced",
// "resumed"). The subject of that verb commits; the status comes from the
// cues as usual.
func (a *analysis) deliveryNounFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment {
		return frame{}, false
	}
	var n int
	switch {
	case q.start-2 > s.start && a.lw(q.start-1) == "of" && deliveryNouns[a.lw(q.start-2)]:
		n = q.start - 2 // "the delivery of Taurus missiles"
	case q.end < s.end && deliveryNouns[a.lw(q.end)] && a.lw(q.end) != "supplies":
		n = q.start // "suspended arms deliveries"
	default:
		return frame{}, false
	}
	v := n - 1
	for v > s.start && n-v <= 3 {
		switch a.lw(v) {
		case "the", "any", "all", "further", "new", "planned", "future", "its", "their", "his", "her", "additional", "first", "final", "remaining":
			v--
			continue
		}
		break
	}
	if v <= s.start {
		return frame{}, false
	}
	anchor := span{-1, -1}
	for j := v; j >= s.start && j >= v-2; j-- {
		if m, ok := a.longest(j, s.end, cDeclined, cConsidering, cDelivered, cTrigger); ok && m.end == v+1 {
			anchor = span{m.start, m.end}
			break
		}
	}
	// "Germany's delivery of 14 tanks", "the German deliveries of tanks": the owner
	if anchor.start < 0 && n == q.start-2 {
		if f, ok := a.deliveryOwner(v, n, q, s); ok {
			return f, true
		}
	}
	if anchor.start < 0 {
		switch a.lw(v) {
		case "completed", "complete", "completes", "finished", "finish", "finishes", "approved", "approves", "approve",
			"resumed", "resume", "resumes", "began", "begin", "begins", "started", "start", "starts", "stopped", "stop", "stops",
			"ended", "end", "ends", "paused", "pause", "pauses", "froze", "freeze", "freezes", "frozen", "delayed", "delay", "delays":
			anchor = span{v, v + 1}
		default:
			return frame{}, false
		}
	}
	f, ok := a.subjectFrame(match{start: anchor.start, end: anchor.end}, s)
	if !ok {
		return frame{}, false
	}
	f.rule = ruleDeliveryNoun
	f.anchor = anchor
	f.window = span{f.window.start, min(s.end, q.end+3)}
	f.conf = min(f.conf, 0.7)
	switch a.lw(v) {
	case "stopped", "stop", "stops", "ended", "end", "ends", "paused", "pause", "pauses", "froze", "freeze", "freezes", "frozen":
		f.forced = news.StatusDeclined
	case "completed", "finished":
		// not "will complete", "has not completed", "plans to finish":
		// the cues decide those
		if !a.negationRightBefore(v) && a.lw(v-1) != "to" && !a.irrealis(f.window.start, v) {
			f.forced = news.StatusDelivered
		}
	case "complete", "completes", "finish", "finishes":
		if a.headline(v) { // "Poland completes delivery of 14 tanks"
			f.forced = news.StatusDelivered
		}
	}
	return f, true
}

// deliveryOwner reads the owner of the noun of handing over at n, whose
// determiners end at v: a possessive actor ("Germany's delivery of 14
// tanks") or a demonym ("the German deliveries of tanks").
func (a *analysis) deliveryOwner(v, n int, q *quantity, s span) (frame, bool) {
	win := span{0, min(s.end, q.end+3)}
	if v-1 > s.start && a.lw(v) == "s" && isApostropheText(a.tx(v-1)) {
		idx := a.actorEndingAt(v-2, s)
		if idx < 0 || a.actors[idx].end != v-1 || len(a.actors[idx].code) != 2 {
			return frame{}, false
		}
		am := a.actors[idx]
		win.start = am.start
		return frame{actors: []actorMention{am}, anchor: span{n, n + 1}, rule: ruleDeliveryNoun, window: win, conf: 0.65}, true
	}
	for j := v; j >= s.start && j > v-3; j-- {
		if d, ok := a.longest(j, s.end, cDemonym); ok && d.end == v+1 && len(d.value) == 2 {
			am := actorMention{span: span{d.start, d.end}, code: d.value, cls: cDemonym, sent: q.sent}
			win.start = d.start
			return frame{actors: []actorMention{am}, anchor: span{n, n + 1}, rule: ruleDeliveryNoun, window: win, conf: 0.6}, true
		}
	}
	return frame{}, false
}
