package extractor

// Verbs of paying and of holding money back ("paid out", "froze",
// "withheld", "suspended", "has delayed"): triggers of money only, and
// only when what follows the amount shows it is aid, not a price or
// someone's assets.

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule id of the guard on verbs of paying and withholding.
const ruleMoneyVerb = "frame.money-verb"

// moneyOnlyVerb reports whether the trigger at the frame's anchor is a
// verb of paying or of holding money back, which commits money only.
func (a *analysis) moneyOnlyVerb(f *frame) bool {
	if f.anchor.end <= f.anchor.start {
		return false
	}
	return a.moneyOnlyAt(f.anchor.start)
}

// moneyOnlyAt reports whether token k starts a verb of paying or of
// holding money back (see moneyOnlyVerb).
func (a *analysis) moneyOnlyAt(k int) bool {
	if k < 0 || k >= len(a.toks) {
		return false
	}
	switch a.lw(k) {
	case "pay", "pays", "paid", "paying", "spend", "spends", "spent",
		"guarantee", "guarantees", "guaranteed", "guaranteeing",
		"underwrite", "underwrites", "underwrote", "underwritten",
		"freeze", "freezes", "froze",
		"withhold", "withholds", "withheld", "withholding",
		"propose", "proposes", "proposed", "proposing",
		"cover", "covers", "covered", "covering", "foot", "foots", "footed", "footing",
		"suspend", "suspends", "suspended", "suspending",
		"delays", "delaying":
		return true
	case "cancel", "cancels", "cancelled", "canceled", "forgive", "forgives", "forgave", "forgiven",
		"reschedule", "reschedules", "rescheduled", "restructure", "restructures", "restructured",
		"waive", "waives", "waived", "waiving", "renew", "renews", "renewed", "renewing",
		"open", "opens", "opened", "opening",
		"halt", "halts", "halted", "halting", "pause", "pauses", "paused", "stop", "stops", "stopped":
		return true
	case "hold", "holds", "held", "holding":
		return k+1 < len(a.toks) && a.lw(k+1) == "back"
	case "write", "writes", "wrote", "written", "writing":
		return k+1 < len(a.toks) && a.lw(k+1) == "off"
	case "has", "have", "had":
		// "has delayed", "has frozen"
		return k+1 < len(a.toks) && (a.lw(k+1) == "delayed" || a.lw(k+1) == "frozen")
	case "was", "were", "been", "is", "are":
		// a passive: "was frozen by Germany"
		return k+1 < len(a.toks) && a.lw(k+1) == "frozen"
	}
	return false
}

// moneyVerbFrame checks a frame whose trigger is a verb of paying or
// withholding (see moneyOnlyVerb): ok is false unless q is money that
// reads as aid — "froze €50 million in aid", "withheld €20m of budget
// support", "paid out $10 million to the fund", "paid $5 million to
// Jordan", "paid €20 million into the trust fund", "opened a $300
// million credit line". A price ("paid €8 billion for 35 jets"), a purchase ("pay
// €2 billion to buy tanks"), assets ("froze €200 billion of Russian
// assets") and troops or equipment after such a verb are no commitment.
func (a *analysis) moneyVerbFrame(f frame, q *quantity) (frame, bool) {
	if !a.moneyOnlyVerb(&f) {
		return f, true
	}
	if p := f.anchor.start - 1; p > 0 && a.lw(p) == "to" && a.has(p-1, cTrigger) {
		return f, true // "pledged to pay 100 million euros"
	}
	if q.kind != news.KindMoney {
		// "suspended / cancelled its contribution of 200 troops" is a refusal
		switch a.lw(f.anchor.start) {
		case "suspend", "suspends", "suspended", "suspending", "cancel", "cancels", "cancelled", "canceled",
			"halt", "halts", "halted", "halting", "pause", "pauses", "paused", "stop", "stops", "stopped":
			// but "cancelled a $1 billion arms deal": a sale, no commitment
			for k := f.anchor.end; k < len(a.toks) && k < q.end+3; k++ {
				if a.has(k, cSale) || a.lw(k) == "deal" || a.lw(k) == "contract" || a.lw(k) == "order" {
					return f, false
				}
			}
			// the commitment stopped is named: "halted the deployment of
			// 200 troops", "suspended its troop contribution", not
			// "stopped 50 Russian tanks"
			if q.kind == news.KindTroops && q.num == nil && a.has(q.end-1, cMoneyNoun, cTriggerNoun) {
				return f, true
			}
			for k := f.anchor.end; k < q.start && k < len(a.toks); k++ {
				if handoverNoun(a.lw(k)) || a.has(k, cTriggerNoun) {
					return f, true
				}
			}
			// "suspending the F-35 deliveries", "would halt arms exports
			// to …": the noun of handing over right after the goods
			// — but not a seller's trade: "stopped fuel shipments to the
			// region", "halted grain exports" (a commodity, no aid)
			if q.kind == news.KindEquipment && !commodity(a.lw(q.end-1)) {
				for k := q.end; k < len(a.toks) && k <= q.end+1; k++ {
					if handoverNoun(a.lw(k)) || a.lw(k) == "export" || a.lw(k) == "exports" {
						return f, true
					}
				}
			}
			return f, false
		}
		return f, false
	}
	if q.num == nil || q.sent < 0 || q.sent >= len(a.sents) {
		return f, false
	}
	s := a.sents[q.sent]
	if f, ok := a.debtRelief(f, q, s); ok {
		return f, true // "cancelled €100 million of Ethiopia's debt"
	}
	// "has frozen development aid worth €50 million"
	if p := q.start - 1; p > f.anchor.end && (a.lw(p) == "worth" || a.lw(p) == "of" || a.tx(p) == "totalling" || a.tx(p) == "totaling") {
		for j := f.anchor.end; j < p; j++ {
			if a.has(j, cMoneyObject) {
				f.rule = ruleMoneyVerb
				return f, true
			}
		}
	}
	// a passive after the amount with the aid before it: "aid worth €150
	// million was frozen by Germany", "budget support of €60 million has
	// been suspended by the Netherlands"
	if p := q.start - 1; f.anchor.start >= q.end && p > s.start && (a.lw(p) == "worth" || a.lw(p) == "of") {
		for j := p - 1; j >= s.start && j >= p-3; j-- {
			if a.has(j, cMoneyObject, cSupportNoun) {
				f.rule = ruleMoneyVerb
				return f, true
			}
			if !a.isModifier(j) {
				break
			}
		}
	}
	k := q.end
	if k < s.end && (a.lw(k) == "in" || a.lw(k) == "of" || a.lw(k) == "worth") {
		k++
	}
	for j := k; j < s.end && j <= k+3; j++ {
		if a.has(j, cMoneyObject, cTriggerNoun, cSupportNoun) {
			f.rule = ruleMoneyVerb
			return f, true // "€50 million in (development / military) aid"
		}
		if !a.isModifier(j) {
			break
		}
	}
	if k < s.end && (a.lw(k) == "to" || a.lw(k) == "into") {
		j := k + 1
		if j < s.end && a.lw(j) == "the" {
			j++
		}
		if len(a.listAt(j, s)) > 0 || a.has(j, cTriggerNoun, cMoneyObject) || a.isModifier(j) && a.has(j+1, cTriggerNoun, cMoneyObject) {
			f.rule = ruleMoneyVerb
			return f, true // "paid out $10 million to the fund / to Jordan"
		}
	}
	// "has paid $2 billion of the $5 billion it promised": a part, and the
	// whole after it
	if a.partOfWhole(q) || a.wholePromised(q) {
		f.rule = ruleMoneyVerb
		return f, true
	}
	// "withheld SEK 400 million from the agency": held back from one it
	// was due to
	if k < s.end && a.lw(k) == "from" && a.withheldFrom(q, s) {
		switch a.lw(f.anchor.start) {
		case "withhold", "withholds", "withheld", "withholding":
			f.rule = ruleMoneyVerb
			return f, true
		}
	}
	// "will foot the £40 million bill for the mission", "cover the €20
	// million cost of the repairs": paying for what another needs
	if a.billPaid(&f, q, s) {
		f.rule = ruleMoneyVerb
		return f, true
	}
	// "will spend $1 billion on air defence for Ukraine"
	for j := q.end; j < s.end && j <= q.end+12; j++ {
		if w := a.lw(j); (w == "for" || w == "to") && len(a.listAt(j+1, s)) > 0 {
			f.rule = ruleMoneyVerb
			return f, true
		}
	}
	return f, false
}

// demonymSubject reports whether the demonym at [i, end) is a people
// used as the subject of a commitment: "the French pledged €100
// million", "the British will send", "the Dutch have committed". The
// article must come before it and a trigger or an auxiliary after it.
func (a *analysis) demonymSubject(i, end int, s span) bool {
	if i-1 < s.start || a.lw(i-1) != "the" || end >= s.end {
		return false
	}
	switch a.lw(end) {
	case "will", "would", "also", "have", "had", "are", "were":
		return end+1 < s.end && a.toks[end+1].kind == tWord && !a.upper(end+1)
	}
	return a.has(end, cTrigger)
}

// debtRelief reads a verb of cancelling, forgiving or rescheduling
// ("cancel", "forgave", "wrote off", "rescheduled") with debt after the amount as a commitment of debt relief:
// "Italy cancelled €100 million of Ethiopia's debt" is delivered, "France
// will forgive $50 million in debt" pledged — not a cancelled pledge. ok
// is false when no debt follows or the verb is of another kind.
func (a *analysis) debtRelief(f frame, q *quantity, s span) (frame, bool) {
	past := false
	switch a.lw(f.anchor.start) {
	case "cancelled", "canceled", "forgave", "forgiven", "wrote", "written", "rescheduled", "restructured", "waived":
		past = true
	case "cancel", "cancels", "forgive", "forgives", "write", "writes", "writing",
		"reschedule", "reschedules", "restructure", "restructures", "waive", "waives":
	default:
		return f, false
	}
	debt := false
	for j := q.end; j < s.end && j <= q.end+5; j++ {
		w := a.lw(j)
		if w == "its" || w == "their" || w == "own" {
			return f, false // "Ukraine will restructure $20 billion of its debt"
		}
		// "cancel $500 million of (interest-free) loans": loans owed to the actor
		if w == "debt" || w == "debts" || w == "arrears" || w == "loans" && a.lw(q.end) == "of" {
			debt = true
			break
		}
	}
	if !debt {
		return f, false
	}
	f.rule = ruleMoneyVerb
	f.forced = news.StatusPledged
	if past {
		for k := max(s.start, f.anchor.start-3); k < f.anchor.start; k++ {
			if a.has(k, cIrrealis) || a.lw(k) == "agreed" || a.lw(k) == "agree" {
				return f, true // "agreed to write off", "will have cancelled"
			}
		}
		f.forced = news.StatusDelivered
	}
	return f, true
}

// withheldFrom reports whether money q is the object of a verb of holding
// money back right before it ("withholds $95 million in aid from Egypt",
// "is withholding a €1 billion tranche from …", "froze €50 million from
// the budget of …"): what follows "from" is the one deprived, not the giver.
func (a *analysis) withheldFrom(q *quantity, s span) bool {
	if q.kind != news.KindMoney {
		return false
	}
	for j := q.start - 1; j >= s.start && j >= q.start-4; j-- {
		switch a.lw(j) {
		case "withhold", "withholds", "withheld", "withholding", "freeze", "freezes", "froze", "frozen", "block", "blocks", "blocked", "blocking",
			"suspend", "suspends", "suspended", "suspending", "back":
			return a.lw(j) != "back" || j > s.start && a.has(j-1, cTrigger) // "hold back"
		case "the", "a", "an", "another", "additional", "more", "further", "its", "their", "some", "about", "around", "nearly", "almost":
			continue
		}
		if !a.has(j, cQualifier) {
			return false
		}
	}
	return false
}

// levelBefore reports whether the words between a list mark and money q
// make the money a level or a price, not a donor's amount: a preposition
// of level right before it ("Germany: average salary rises to €4,500",
// "Japan: bread costs ¥300", "France: deficit at €150 billion") or a
// verb of being between ("Italy: the budget is €10 billion").
func (a *analysis) levelBefore(marker int, q *quantity) bool {
	if p := q.start - 1; p > marker {
		switch a.lw(p) {
		case "to", "at", "by", "from", "costs", "cost", "reached", "reaches", "hit", "hits":
			return true
		}
	}
	for k := marker + 1; k < q.start; k++ {
		if a.has(k, cPassiveAux) || a.has(k, cSubjectFollower) && a.toks[k].kind == tWord && (a.lw(k) == "is" || a.lw(k) == "was" || a.lw(k) == "are" || a.lw(k) == "were") {
			return true
		}
	}
	return false
}

// billPaid reports whether money q is a bill or cost that a verb of
// paying for ("foot", "cover", "pay") takes on for another: "will foot
// the £40 million bill for the mission", "covered the $5 million cost of
// the elections". A bill of one's own ("its own costs") is not.
func (a *analysis) billPaid(f *frame, q *quantity, s span) bool {
	switch a.lw(f.anchor.start) {
	case "foot", "foots", "footed", "footing", "cover", "covers", "covered", "covering":
	default:
		return false
	}
	for k := f.anchor.end; k < q.start; k++ {
		if a.lw(k) == "own" || a.lw(k) == "its" || a.lw(k) == "their" {
			return false
		}
	}
	if q.end >= s.end {
		return false
	}
	switch a.lw(q.end) {
	case "bill", "cost", "costs", "price":
		return q.end+1 < s.end && (a.lw(q.end+1) == "for" || a.lw(q.end+1) == "of")
	}
	return false
}

// handoverNoun reports a noun of handing goods over: "delivery",
// "shipments", "transfer", "supplies".
func handoverNoun(w string) bool {
	switch w {
	case "delivery", "deliveries", "shipment", "shipments", "transfer", "transfers", "supply", "supplies":
		return true
	}
	return false
}

// commodity reports a traded commodity: stopping its shipments or exports
// is a trade measure, not a refused gift ("halted fuel aid shipments"
// names aid, and its last goods word is no commodity).
func commodity(w string) bool {
	switch w {
	case "fuel", "gas", "oil", "petrol", "gasoline", "diesel", "kerosene", "coal", "electricity",
		"grain", "wheat", "corn", "maize", "rice", "flour", "fertiliser", "fertilizer":
		return true
	}
	return false
}
