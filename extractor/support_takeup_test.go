package extractor

import "testing"

// TestSupportTakeUp holds self-written sentences of help taken up again,
// gone on with or stopped: "resume sharing", "continued sharing",
// "stopped sharing" before a support noun, and the near-misses of a
// blockade of another's help.
func TestSupportTakeUp(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"resume sharing", "Japan will resume sharing intelligence with Korea.", []string{"JP support pledged"}},
		{"resume noun", "Japan will resume intelligence sharing with Korea.", []string{"JP support pledged"}},
		{"restart noun", "Japan said it would restart intelligence sharing with Korea.", []string{"JP support pledged"}},
		{"resumed providing", "Japan resumed providing radar data to Korea.", []string{"JP support delivered"}},
		{"continued sharing", "Japan continued sharing intelligence with Korea.", []string{"JP support delivered"}},
		{"continue its support is a stance", "Japan will continue its support for Korea.", nil},
		{"stopped sharing", "Japan stopped sharing intelligence with Korea.", []string{"JP support declined"}},
		{"has stopped sharing", "Japan has stopped sharing radar data with Korea.", []string{"JP support declined"}},
		{"started sharing", "Japan started sharing radar data with Korea.", []string{"JP support delivered"}},
		// near-misses: blocking another's help, a topic
		{"blockade of aid", "Israel stopped humanitarian aid from entering the territory.", nil},
		{"restored power", "Ukraine restored power to the capital.", nil},
		{"fighting continued", "Fighting continued near the border.", nil},
	}
	for _, tc := range tests {
		expectAnyOrder(t, e, missionRender, tc.text, tc.want)
	}
}

// TestNeitherNor holds self-written sentences of givers coordinated by
// "neither … nor": one declined line each, whatever the kind.
func TestNeitherNor(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"troops", "Neither Germany nor France will send troops to the region.", []string{"DE troops declined", "FR troops declined"}},
		{"join", "Neither Germany nor France will join the coalition.", []string{"DE support declined", "FR support declined"}},
		{"support", "Neither Britain nor France will provide air support.", []string{"GB support declined", "FR support declined"}},
		{"both give", "Germany sent 40 tanks and France sent 20 jets.", []string{"DE equipment delivered", "FR equipment delivered"}},
	}
	for _, tc := range tests {
		expectAnyOrder(t, e, missionRender, tc.text, tc.want)
	}
}

// TestNoFlyZone holds self-written sentences of a no-fly zone enforced,
// imposed or refused, and a request that gives none.
func TestNoFlyZone(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"will enforce", "Norway will enforce a no-fly zone over the region.", []string{"NO support pledged"}},
		{"could impose", "France could impose a no-fly zone over the region.", []string{"FR support considering"}},
		{"will not create", "Germany will not create a no-fly zone over the region.", []string{"DE support declined"}},
		{"help enforce", "Britain will help enforce a no-fly zone.", []string{"GB support pledged"}},
		{"a request", "Moldova asked Norway to impose a no-fly zone.", nil},
	}
	for _, tc := range tests {
		expectAnyOrder(t, e, missionRender, tc.text, tc.want)
	}
}

// TestWithHelp holds self-written sentences of help named as the means
// of something done ("with British help"), and votes that give none.
func TestWithHelp(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"fronted demonym help", "With British help, Moldova cleared the mines.", []string{"GB support delivered"}},
		{"help of a country", "Moldova cleared the mines with the help of Britain.", []string{"GB support delivered"}},
		{"country support", "With US support, Moldova repaired the grid.", []string{"US support delivered"}},
		{"demonym assistance", "The grid was repaired with Japanese assistance.", []string{"JP support delivered"}},
		{"a vote", "The resolution passed with the support of France.", nil},
		{"an election", "He was elected with US support.", nil},
		{"a talk", "Britain spoke with Moldova about help.", nil},
	}
	for _, tc := range tests {
		expectAnyOrder(t, e, missionRender, tc.text, tc.want)
	}
}
