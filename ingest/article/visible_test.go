package article

import (
	"testing"
	"time"
)

func TestVisibleDate(t *testing.T) {
	pub := time.Date(2021, 3, 8, 11, 0, 0, 0, time.UTC)
	mod := time.Date(2021, 3, 14, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		name  string
		s     signals
		mod   time.Time
		want  time.Time
		moved bool
	}{
		{"only update shown", signals{dateTexts: []string{"14.03.2021"}}, mod, mod, true},
		{"both shown", signals{dateTexts: []string{"08.03.2021", "14.03.2021"}}, mod, pub, false},
		{"publication shown", signals{times: []timeSignal{{datetime: "2021-03-08T11:00:00Z"}}}, mod, pub, false},
		{"nothing shown", signals{}, mod, pub, false},
		{"no modified", signals{dateTexts: []string{"14.03.2021"}}, time.Time{}, pub, false},
		{"modified earlier", signals{dateTexts: []string{"01.03.2021"}}, time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC), pub, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, moved := visibleDate(&c.s, pub, c.mod)
			if !got.Equal(c.want) || moved != c.moved {
				t.Errorf("visibleDate = %v, %v; want %v, %v", got, moved, c.want, c.moved)
			}
		})
	}
}
