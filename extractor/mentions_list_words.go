package extractor

import "strings"

// Word tests of the lines of a list of goods (mentions_list_lines.go).

// measureNoun reports whether w is a unit of weight or volume.
func measureNoun(w string) bool {
	switch w {
	case "tonnes", "tons", "tonne", "ton", "kilograms", "kilos", "kg", "litres", "liters", "gallons", "barrels", "cubic", "metres", "meters":
		return true
	}
	return false
}

// notGoodsAfterOf reports whether w ends the goods after "tonnes of":
// a preposition or a relative word.
func notGoodsAfterOf(w string) bool {
	switch w {
	case "for", "to", "from", "in", "on", "at", "with", "that", "which", "and", "or":
		return true
	}
	return false
}

// pluralNoun reports whether w looks like a plural noun: "graders",
// "parts" (not "news", "class", "status", "analysis").
func pluralNoun(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "news", "sports", "politics", "economics", "ics"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// massGoods reports whether w is a mass noun of goods.
func massGoods(w string) bool {
	switch w {
	case "ammunition", "equipment", "gear", "materiel", "fuel", "food", "clothing", "armour", "armor",
		"machinery", "medicine", "hardware", "body armour", "body armor", "cement", "steel", "timber", "flour", "wheat", "rice":
		return true
	}
	return false
}

// serviceNoun reports whether w names a service rather than goods.
func serviceNoun(w string) bool {
	switch w {
	case "services", "training", "support", "assistance", "advice", "expertise", "maintenance", "repairs":
		return true
	}
	return false
}

// peopleOrTime reports whether w counts people, losses or time, not goods.
func peopleOrTime(w string) bool {
	switch w {
	case "people", "persons", "civilians", "dead", "killed", "wounded", "injured", "deaths", "casualties", "victims",
		"children", "women", "men", "refugees", "migrants", "residents", "families", "households", "patients", "students",
		"years", "months", "weeks", "days", "hours", "minutes", "seconds", "percent", "cent", "points", "times", "votes",
		"pages", "chapters", "comments", "views", "shares", "likes", "photos", "videos", "articles", "stories":
		return true
	}
	return false
}

// notItemWord reports whether w shows a line is not a bare item: a finite
// verb, a link or navigation word.
func notItemWord(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
		"should", "must", "says", "said", "read", "click", "subscribe", "related", "see", "share", "follow", "copyright", "©",
		"by", "i", "we", "you", "he", "she", "they", "it", "this", "these", "those":
		return true
	}
	return false
}

// notGoodsHeading reports whether w names what a list holds as other
// than goods: "the following sectors:", "in these areas:".
func notGoodsHeading(w string) bool {
	switch w {
	case "sectors", "areas", "fields", "priorities", "projects", "programmes", "programs", "countries", "regions",
		"cities", "goals", "objectives", "measures", "steps", "conditions", "topics", "issues", "principles",
		"purposes", "needs", "losses", "casualties", "recipients", "beneficiaries", "partners", "members":
		return true
	}
	return false
}
