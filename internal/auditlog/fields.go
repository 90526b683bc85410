package auditlog

import (
	"strings"

	"github.com/nq57/nq57/internal/domain"
)

// field is how the log shows one field of a record kept before and after a
// change: its label and, for a code, the words a person reads.
type field struct {
	label  string
	words  func(code string) string // nil: the value as kept
	unit   bool                     // a unit's ID, shown by the unit's name
	hidden bool                     // the database's own identifiers, which mean nothing to a reader
	item   string                   // a list of records: the word naming one ("tiêu chí")
}

// fields are the labels of the fields the use cases keep in an entry's before
// and after, by key folded as fieldKey folds it; "area.key" overrides "key"
// for one area. A field not listed shows under its own key.
var fields = map[string]field{
	// Accounts.
	"login":      {label: "Tên đăng nhập"},
	"name":       {label: "Tên"},
	"role":       {label: "Vai trò", words: func(c string) string { return domain.UserRole(c).Label() }},
	"unitid":     {label: "Cơ quan, đơn vị", unit: true},
	"mustchange": {label: "Phải đổi mật khẩu khi đăng nhập"},
	"disabled":   {label: "Đã khóa"},
	"user.name":  {label: "Họ tên"},
	"email":      {label: "Email"},

	// Organisations: a province's communes.
	"officialcode":  {label: "Mã định danh"},
	"level":         {label: "Cấp", words: levelWords},
	"org.type":      {label: "Loại", words: func(c string) string { return domain.CommuneType(c).Label() }},
	"commune.type":  {label: "Loại", words: func(c string) string { return domain.CommuneType(c).Label() }},
	"admin":         {label: "Tài khoản quản trị"},
	"active":        {label: "Đang hoạt động"},
	"commune.codes": {label: "Xã, phường (mã ngắn)"},

	// Units.
	"code":      {label: "Mã"},
	"shortname": {label: "Tên viết tắt"},
	"unit.name": {label: "Tên đầy đủ"},

	// Progress.
	"records":    {label: "Số liệu", item: "tiêu chí"},
	"criterion":  {label: "Tiêu chí"},
	"record":     {label: "Số liệu"},
	"files":      {label: "Tệp minh chứng"},
	"file":       {label: "Tệp"},
	"size":       {label: "Dung lượng"},
	"uploadedby": {label: "Người tải lên"},
	"period":     {label: "Kỳ", words: periodWords},
	"lockedat":   {label: "Khóa lúc"},
	"lockedby":   {label: "Người khóa"},

	// Programs and criteria.
	"number":       {label: "Số"},
	"date":         {label: "Ngày"},
	"issuingbody":  {label: "Cơ quan ban hành"},
	"title":        {label: "Tên"},
	"year":         {label: "Năm"},
	"groups":       {label: "Nhóm tiêu chí"},
	"criteria":     {label: "Tiêu chí", item: "tiêu chí"},
	"key":          {label: "Số hiệu"},
	"text":         {label: "Nội dung"},
	"targets":      {label: "Chỉ tiêu"},
	"monitoring":   {label: "Đơn vị theo dõi"},
	"lead":         {label: "Đơn vị chủ trì"},
	"coordinating": {label: "Đơn vị phối hợp"},
	"numeral":      {label: "Số thứ tự nhóm"},
	"program.name": {label: "Tên nhóm"},

	// A province's criteria framework and the programs adopted from it.
	"revision":          {label: "Lần sửa"},
	"frameworkid":       {label: "Bộ tiêu chí", hidden: true},
	"frameworkversion":  {label: "Theo lần sửa của bộ tiêu chí"},
	"framework.changes": {label: "Thay đổi", item: "thay đổi"},
	"framework.program": {label: "Chương trình"},

	// Meetings and tasks.
	"kind":              {label: "Loại"},
	"meeting.kind":      {label: "Cuộc họp của", words: func(c string) string { return domain.MeetingKind(c).Subject() }},
	"chair":             {label: "Chủ trì"},
	"participants":      {label: "Thành phần"},
	"content":           {label: "Nội dung"},
	"conc":              {label: "Kết luận"},
	"conclusions":       {label: "Kết luận"},
	"unittext":          {label: "Đơn vị thực hiện (như đã ghi)"},
	"deadline":          {label: "Thời hạn"},
	"status":            {label: "Tình trạng"},
	"doneat":            {label: "Hoàn thành ngày"},
	"task.title":        {label: "Nội dung nhiệm vụ"},
	"task.status":       {label: "Tình trạng", words: func(c string) string { return domain.TaskStatus(c).Label() }},
	"meetingid":         {hidden: true},
	"submission.status": {label: "Trạng thái", words: func(c string) string { return domain.SubmissionStatus(c).Label() }},

	// Reports.
	"issuedid":        {hidden: true},
	"authority":       {label: "Thẩm quyền ký"},
	"position":        {label: "Chức vụ người ký"},
	"signer":          {label: "Người ký"},
	"recipients":      {label: "Nơi nhận"},
	"basis":           {label: "Căn cứ"},
	"assessment":      {label: "Đánh giá"},
	"recommendations": {label: "Kiến nghị, đề xuất"},
	"style":           {label: "Thể thức"},
	"superiorbody":    {label: "Cơ quan cấp trên"},
	"place":           {label: "Địa danh"},
	"symbol":          {label: "Ký hiệu"},
	"reporter":        {label: "Cơ quan báo cáo"},
	"receiver":        {label: "Cơ quan nhận báo cáo"},
	"closer":          {label: "Câu kết"},
	"locked":          {label: "Khóa số liệu của kỳ"},
	"series":          {label: "Sổ đăng ký số"},
	"term":            {label: "Nhiệm kỳ"},
	"docxsha256":      {label: "Dấu kiểm tệp DOCX (SHA-256)"},
	"pdfsha256":       {label: "Dấu kiểm tệp PDF (SHA-256)"},
	"dueday":          {label: "Hạn nộp (ngày của tháng cuối kỳ)"},

	// Submissions and their settings.
	"dueat":                 {label: "Hạn xử lý"},
	"assignedunitid":        {label: "Đơn vị xử lý", unit: true},
	"answer":                {label: "Trả lời"},
	"answeredby":            {label: "Người trả lời"},
	"publishedat":           {label: "Công khai lúc"},
	"codes":                 {label: "Mã theo dõi"},
	"submission.kind":       {label: "Loại", words: func(c string) string { return domain.SubmissionKind(c).Label() }},
	"deadline_rules.kind":   {label: "Loại", words: func(c string) string { return domain.SubmissionKind(c).Label() }},
	"stage":                 {label: "Bước", words: func(c string) string { return domain.DeadlineStage(c).Label() }},
	"days":                  {label: "Số ngày"},
	"working":               {label: "Tính ngày làm việc"},
	"off":                   {label: "Ngày nghỉ"},
	"note":                  {label: "Ghi chú"},
	"body":                  {label: "Nội dung"},
	"answer_template.title": {label: "Tiêu đề"},

	// A province's report requests.
	"request.citation":     {label: "Văn bản yêu cầu"},
	"request.frequency":    {label: "Kỳ báo cáo", words: frequencyWords},
	"request.audience":     {label: "Nơi nhận"},
	"request.firstperiod":  {label: "Kỳ đầu tiên", words: periodWords},
	"request.window":       {label: "Số liệu"},
	"request.due":          {label: "Hạn nộp"},
	"request.reminderdays": {label: "Nhắc trước hạn (ngày)"},
	"request.issued":       {label: "Đã ban hành"},
	"request.closed":       {label: "Đã đóng"},

	// What every record has: identifiers, and the version a save checks.
	"id":        {hidden: true},
	"orgid":     {hidden: true},
	"version":   {hidden: true},
	"changedby": {label: "Người sửa"},
	"changedat": {label: "Sửa lúc"},
}

// fieldKey folds a key as the use cases write it, in Go ("UnitID") or JSON
// style ("unit_id"), to the key of fields ("unitid").
func fieldKey(key string) string {
	return strings.ToLower(strings.ReplaceAll(key, "_", ""))
}

// fieldOf returns how to show the field key of an entry of area.
func fieldOf(area, key string) field {
	k := fieldKey(key)
	if f, ok := fields[area+"."+k]; ok {
		return f
	}
	if f, ok := fields[k]; ok {
		return f
	}
	return field{label: key}
}

// periodWords names a period's text form in words ("2026-03" → "tháng 3 năm
// 2026"); other text is kept.
func periodWords(code string) string {
	p, err := domain.ParsePeriod(code)
	if err != nil {
		return code
	}
	return p.Words()
}

// levelWords names an organisation's level as the log shows it.
func levelWords(code string) string {
	switch domain.OrgLevel(code) {
	case domain.LevelProvince:
		return "tỉnh"
	case domain.LevelCommune:
		return "xã, phường, đặc khu"
	}
	return code
}
