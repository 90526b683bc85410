package demo_test

import (
	"context"
	"testing"

	"github.com/nq57/nq57/internal/demo"
	"github.com/nq57/nq57/internal/testdb"
)

// Ninh Bình's demo framework is the demo program's 39 criteria, keyed
// TC-01 … TC-39, at revision 1 and without unit links; Xuân Hưng's program
// and every synthetic commune's are adopted from it at that revision, each
// criterion keyed as the framework's in the same place.
func TestEveryDemoCommuneAdoptedTheProvincesFramework(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := open(t, dsn)
		loadProvince(t, s)
		xuanHung, err := s.OrgByCode(ctx, demo.CommuneCode)
		must(t, err)
		fw, err := s.ProgramByNumber(ctx, xuanHung.ParentID, demo.FrameworkNumber)
		must(t, err)
		keys := fw.Criteria()
		if len(keys) != 39 || fw.Revision != 1 || keys[0].FrameworkKey != "TC-01" || keys[38].FrameworkKey != "TC-39" {
			t.Fatalf("framework of %d criteria at revision %d", len(keys), fw.Revision)
		}
		for _, c := range keys {
			if r := c.Roles; len(r.Monitoring.UnitIDs)+len(r.Lead.UnitIDs)+len(r.Coordinating.UnitIDs) != 0 {
				t.Errorf("framework criterion %s links units %+v", c.FrameworkKey, r)
			}
		}
		communes, err := s.Orgs(ctx, xuanHung.ParentID)
		must(t, err)
		if len(communes) != 13 {
			t.Fatalf("%d communes", len(communes))
		}
		for _, org := range communes {
			p, err := s.AdoptedProgram(ctx, org.ID)
			must(t, err)
			if p.FrameworkID != fw.ID || p.FrameworkVersion != 1 {
				t.Errorf("%s: program %s adopted from %d at %d", org.Code, p.Number, p.FrameworkID, p.FrameworkVersion)
			}
			for i, c := range p.Criteria() {
				if c.FrameworkKey != keys[i].FrameworkKey || c.Text != keys[i].Text {
					t.Errorf("%s: criterion %d keyed %q, want %q", org.Code, i+1, c.FrameworkKey, keys[i].FrameworkKey)
				}
			}
		}
	})
}
