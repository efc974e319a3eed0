package extractor

// Lexicon classes: what a lexicon phrase means to the grammar (class),
// the names of the classes in reports, and the word classes of
// lexicon/words.yaml that map to them. analysis.cls holds the classes of
// a token in a bit set, so there are fewer than 64.

// class is what a lexicon phrase means to the grammar.
type class uint8

const (
	cNone class = iota
	cCountry
	cDemonym
	cMetonym
	cLeader
	cGroup
	cCurPrefix
	cCurSuffix
	cCurAmbiguous
	cCurCode // an ISO 4217 code: prefix or suffix
	cScale
	cNumWord
	cQualifier
	cTrigger
	cDeliveryPast
	cTriggerNoun
	cSupportVerb
	cSupportNoun
	cTroopNoun
	cTroopUnit
	cEquipNoun
	cDeclined
	cConsidering
	cDelivered
	cPerfectAux
	cPassiveAux
	cCasualty
	cLocPrep
	cReporting
	cPronoun
	cClauseBreak
	cTitle
	cSubjectFollower
	cGroupNoun
	cGroupAdj
	cStop
	cSupportCue
	cCollective
	cEquipSuffix
	cIrrealis
	cUSDContext
	cUSDateline
	cContainer
	cNounLink
	cPresence
	cPlaceAdj
	cInstitution
	cMoneyNoun
	cMakeVerb
	cRecommend
	cHypothetical
	cSupportMain
	cCivilian
	cRequestNoun
	cMoneyObject
	cReceive
	cSale
	cTotalVerb
	cValueNoun
	cJoinVerb
	cOperationNoun
	cEquipPresence
	numClasses
)

// analysis.cls holds the classes of a token in a bit set.
var _ = [64 - numClasses]struct{}{}

var classNames = [...]string{
	cNone: "none", cCountry: "country", cDemonym: "demonym", cMetonym: "metonym", cLeader: "leader",
	cGroup: "group", cCurPrefix: "currency", cCurSuffix: "currency", cCurAmbiguous: "currency",
	cCurCode: "currency", cScale: "scale", cNumWord: "number_word", cQualifier: "qualifier",
	cTrigger: "trigger", cDeliveryPast: "delivery_past", cTriggerNoun: "trigger_noun",
	cSupportVerb: "support_verb", cSupportNoun: "support_noun", cTroopNoun: "troop_noun",
	cTroopUnit: "troop_unit", cEquipNoun: "equipment_noun", cDeclined: "declined",
	cConsidering: "considering", cDelivered: "delivered", cPerfectAux: "perfect_aux",
	cPassiveAux: "passive_aux", cCasualty: "casualty", cLocPrep: "location_prep",
	cReporting: "reporting", cPronoun: "pronoun", cClauseBreak: "clause_break", cTitle: "title",
	cSubjectFollower: "subject_follower", cGroupNoun: "group_noun", cGroupAdj: "group_adj", cStop: "stop", cSupportCue: "support_cue", cCollective: "collective", cEquipSuffix: "equipment_suffix", cIrrealis: "irrealis",
	cUSDContext: "usd_context", cUSDateline: "us_dateline", cContainer: "container", cNounLink: "noun_link", cPresence: "presence", cPlaceAdj: "place_adj", cInstitution: "institution", cMoneyNoun: "money_noun", cMakeVerb: "make_verb",
	cRecommend: "recommend", cHypothetical: "hypothetical", cSupportMain: "support_main_verb", cCivilian: "civilian_personnel", cRequestNoun: "request_noun",
	cMoneyObject: "money_object", cReceive: "receive", cSale: "sale",
	cTotalVerb: "total_verb", cValueNoun: "value_noun",
	cJoinVerb: "join_verb", cOperationNoun: "operation_noun", cEquipPresence: "equipment_presence",
}

func (c class) String() string { return classNames[c] }

// wordClasses maps the list classes of lexicon.Words to grammar classes.
var wordClasses = map[string]class{
	"trigger": cTrigger, "delivery_past": cDeliveryPast, "trigger_noun": cTriggerNoun,
	"support_verb": cSupportVerb, "support_noun": cSupportNoun, "troop_noun": cTroopNoun,
	"troop_unit": cTroopUnit, "equipment_noun": cEquipNoun, "declined": cDeclined,
	"considering": cConsidering, "delivered": cDelivered, "perfect_aux": cPerfectAux,
	"passive_aux": cPassiveAux, "casualty": cCasualty, "location_prep": cLocPrep,
	"reporting": cReporting, "pronoun": cPronoun, "clause_break": cClauseBreak, "title": cTitle,
	"subject_follower": cSubjectFollower, "group_noun": cGroupNoun, "group_adj": cGroupAdj,
	"stop": cStop, "support_cue": cSupportCue, "collective": cCollective, "equipment_suffix": cEquipSuffix, "irrealis": cIrrealis,
	"usd_context": cUSDContext, "us_dateline": cUSDateline, "container": cContainer, "noun_link": cNounLink, "presence": cPresence, "place_adj": cPlaceAdj, "institution": cInstitution, "money_noun": cMoneyNoun, "make_verb": cMakeVerb,
	"recommend": cRecommend, "hypothetical": cHypothetical, "support_main_verb": cSupportMain, "civilian_personnel": cCivilian, "request_noun": cRequestNoun,
	"money_object": cMoneyObject, "receive": cReceive, "sale": cSale, "total_verb": cTotalVerb, "value_noun": cValueNoun,
	"join_verb": cJoinVerb, "operation_noun": cOperationNoun, "equipment_presence": cEquipPresence,
}
