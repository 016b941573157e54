import PostmortemModel

/// Recognises words that stand for a person: roles (`engineer`, `on-call`), `@handles`,
/// and capitalised first names, from a built-in list and from the names the document itself
/// gives its action-item owners.
///
/// The first-name list leaves out names that are also common words or product names
/// (`Will`, `May`, `Ruby`, `Cassandra`), since a false alarm costs more than a miss.
struct People: Sendable {
    /// The names of the document's action-item owners, lower case.
    let documentNames: Set<String>

    init(document: PostmortemDocument) {
        var names: Set<String> = []
        for item in document.actionItems {
            guard let owner = item.owner?.value else { continue }
            for word in owner.split(whereSeparator: { !$0.isLetter && $0 != "@" && $0 != "-" }) {
                let lower = word.lowercased()
                if lower.hasPrefix("@") {
                    names.insert(String(lower.dropFirst()))
                } else if word.first?.isUppercase == true, word.count > 1, !Self.ownerNonNames.contains(lower), !Self.roles.contains(lower) {
                    names.insert(lower)
                }
            }
        }
        documentNames = names
    }

    /// A first name from the built-in list or the document's owners (lower case).
    func isName(_ lowercased: String) -> Bool {
        Self.firstNames.contains(lowercased) || documentNames.contains(lowercased)
    }

    /// Words that name one person's job in an incident.
    static let roles: Set<String> = [
        "engineer", "engineers", "operator", "operators", "developer", "developers", "dev", "on-call", "oncall", "on-caller",
        "sre", "admin", "administrator", "sysadmin", "dba", "reviewer", "approver", "intern", "contractor", "he", "she",
        "someone", "somebody", "employee", "technician", "responder", "teammate", "coworker", "co-worker", "colleague",
        "newcomer", "new-hire", "releaser", "deployer", "devs", "sres", "dbas", "admins", "reviewers", "approvers", "whoever",
        "administrators", "technicians", "responders", "employees", "contractors", "interns", "teammates", "colleagues", "member", "members",
        // Other jobs only a person holds.
        "liaison", "liaisons", "analyst", "analysts", "consultant", "consultants", "specialist", "specialists", "architect", "architects",
        "maintainer", "maintainers", "supervisor", "supervisors", "director", "directors", "executive", "executives", "staffer", "staffers",
        "representative", "representatives", "author", "authors", "coordinator", "coordinators", "programmer", "programmers",
        "designer", "designers", "technologist", "clerk", "clerks", "dispatcher", "dispatchers", "volunteer", "volunteers",
        "contributor", "contributors", "nurse", "nurses", "clinician", "clinicians", "receptionist", "receptionists", "cashier",
        "cashiers", "accountant", "accountants", "auditor", "auditors", "moderator", "moderators", "trainee", "trainees",
        // WordNet 3.0's `programmer`, `beginner` and `employee` hyponyms that hold a job in an
        // incident, reviewed by hand (seeded at development time; see docs/licenses/WordNet.md).
        "coder", "coders", "newbie", "newbies", "novice", "novices", "rookie", "rookies", "apprentice", "apprentices",
        "greenhorn", "greenhorns", "newcomers", "tester", "testers", "sysadmins", "committer", "committers", "on-callers", "oncallers",
        // Occupations outside software (WordNet's `educator`, `health professional` and
        // `scientist` hyponyms, reviewed): none is also a program's part (not `planner`,
        // `driver`, `editor`, `broker`, `controller`, `registrar`, `agent`) or a population
        // the incident affected (not `student`, `patient`).
        "lecturer", "lecturers", "teacher", "teachers", "professor", "professors", "instructor", "instructors", "tutor", "tutors",
        "doctor", "doctors", "physician", "physicians", "surgeon", "surgeons", "pharmacist", "pharmacists", "radiologist",
        "radiologists", "librarian", "librarians", "lawyer", "lawyers", "paralegal", "paralegals", "bookkeeper", "bookkeepers",
        "recruiter", "recruiters", "officer", "officers", "researcher", "researchers", "scientist", "scientists",
        "postdoc", "postdocs",
    ]

    /// Words for teams, groups and indefinite people, and the personal pronouns that can stand
    /// for them: agents as much as a named person is.
    static let groups: Set<String> = [
        "team", "teams", "squad", "ops", "devops", "qa", "staff", "crew", "department", "management", "leadership", "people",
        "folks", "person", "individual", "i", "they", "vendor", "vendors",
        // Departments named as who acted ("Support failed to tell engineering").
        "support", "engineering",
        // WordNet's `personnel` (sense 1) and `workforce`.
        "personnel", "workforce", "guys",
    ]

    /// Capitalised words that begin sentences or name products, never a person: the words a
    /// capitalised subject is most often when it is not a name.
    static let notNames: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "we", "our", "us", "you", "your", "there", "then", "when",
        "what", "which", "if", "after", "before", "during", "while", "because", "since", "as", "at", "on", "in", "by", "for", "from",
        "with", "without", "nothing", "everything", "something", "no", "all", "some", "both", "each", "every", "one", "another",
        "here", "later", "also", "but", "and", "so", "once", "until", "however", "meanwhile", "eventually", "finally",
        "why", "how", "who", "where", "whether",
        "kubernetes", "terraform", "ansible", "puppet", "chef", "jenkins", "github", "gitlab", "aws", "gcp", "azure", "google",
        "amazon", "microsoft", "cloudflare", "docker", "linux", "postgres", "postgresql", "mysql", "redis", "kafka", "nginx",
        "prometheus", "grafana", "datadog", "pagerduty", "slack", "argo", "helm", "vault", "consul", "elasticsearch", "stripe",
        "windows", "chrome", "safari", "firefox", "apple", "ios", "android", "cron", "systemd", "bgp", "dns",
    ]

    /// Words in an owner field that are teams or placeholders, not names.
    private static let ownerNonNames: Set<String> = [
        "team", "platform", "sre", "ops", "eng", "engineering", "infra", "infrastructure", "database", "security", "support",
        "backend", "frontend", "data", "network", "core", "api", "web", "mobile", "product", "tbd", "none", "unassigned",
        "lead", "manager", "owner", "on-call", "oncall", "payments", "billing", "storage", "search", "identity", "cloud",
    ]

    /// Common first names, from many languages, that are not also ordinary words or product names.
    static let firstNames: Set<String> = [
        "aaron", "abigail", "adam", "adrian", "ahmed", "aisha", "alan", "alex", "alexander", "alexandra", "alice", "alicia",
        "alison", "amanda", "amir", "amy", "ana", "andrea", "andrew", "andy", "angela", "anna", "anne", "anthony", "arjun",
        "ashley", "barbara", "ben", "benjamin", "beth", "brandon", "brian", "caroline", "carlos", "catherine", "charles",
        "charlie", "chen", "chris", "christina", "christopher", "claire", "daniel", "danielle", "david", "deepak", "diana",
        "diego", "dmitri", "dylan", "edward", "elena", "elizabeth", "emily", "emma", "eric", "ethan", "fatima", "felix",
        "fernando", "gabriel", "george", "greg", "hannah", "hassan", "heather", "helen", "henry", "hiroshi", "ian", "isaac",
        "isabel", "ivan", "jacob", "james", "jamie", "jane", "jason", "javier", "jeff", "jennifer", "jessica", "joe", "john",
        "jonathan", "jose", "joseph", "joshua", "juan", "julie", "justin", "karen", "kate", "katherine",
        "kevin", "kim", "laura", "lauren", "leo", "liam", "linda", "lisa", "lucas", "luis", "maria", "marie", "mario",
        "martin", "mary", "matt", "matthew", "megan", "mei", "melissa", "michael", "michelle", "miguel", "mike", "mohammed",
        "nadia", "natalie", "nathan", "nicole", "noah", "olga", "oliver", "olivia", "omar", "pablo", "patrick", "paul",
        "pedro", "peter", "priya", "rachel", "rahul", "raj", "rebecca", "ricardo", "richard", "robert", "ryan", "sam",
        "samantha", "samuel", "sandra", "sara", "sarah", "sean", "sergei", "sofia", "sophie", "steve", "steven", "susan",
        "thomas", "tim", "timothy", "tom", "tyler", "victoria", "vikram", "wei", "william", "yuki", "zoe", "bob", "carol",
        "dave", "erin", "heidi", "judy", "mallory", "oscar", "trent", "victor", "walter", "ravi", "anika",
        "lena", "nina", "tara", "ines", "kai", "marta", "jonas", "lukas", "pierre", "sven", "ingrid", "kenji", "aiko",
        // Given names from many languages, none of them an English word or a product.
        "priyanka", "aditya", "ananya", "anil", "arun", "deepa", "divya", "gaurav", "kavya", "kiran", "manish", "meera",
        "neha", "nikhil", "pooja", "pranav", "rajesh", "rohan", "sanjay", "shreya", "sunil", "suresh", "vijay", "vivek",
        "aarav", "ishaan", "lakshmi", "nandini", "ritu", "sneha", "anand", "amit", "ankit", "harish", "karthik", "naveen",
        "ramesh", "sachin", "varun", "haruto", "takeshi", "kenta", "yuto", "sakura", "akira", "hana", "mina", "jiho",
        "minjun", "jisoo", "hyun", "jin", "ming", "xin", "yan", "ying", "tao", "fang", "jing", "hao", "lei", "naoko",
        "yuka", "satoshi", "daiki", "ryo", "shota", "kemal", "mehmet", "emre", "burak", "zeynep", "elif", "ayse", "fatma",
        "mustafa", "yusuf", "ibrahim", "khalid", "layla", "leila", "mariam", "noor", "rania", "reza", "tariq", "yasmin",
        "zainab", "ali", "hamza", "bilal", "karim", "samir", "farid", "hussein", "mahmoud", "amira", "dalia", "rami",
        "kwame", "kofi", "ama", "abena", "kwabena", "chidi", "chinedu", "ngozi", "emeka", "amara", "adebayo", "folake",
        "oluwaseun", "tunde", "thabo", "sipho", "lerato", "zanele", "themba", "tendai", "wanjiru", "kamau", "njeri",
        "otieno", "achieng", "fatou", "moussa", "amadou", "aminata", "ibrahima", "mamadou", "abdi", "hodan", "yohannes",
        "selam", "tsegaye", "habib", "bruno", "lars", "nils", "erik", "anders", "bjorn", "henrik", "johan", "magnus",
        "astrid", "freya", "sigrid", "karin", "katja", "piotr", "tomasz", "kasia", "agnieszka", "marek", "pavel", "jakub",
        "ondrej", "tereza", "petra", "dragan", "marko", "ivana", "luka", "goran", "nikola", "andrei", "mihai", "ioana",
        "dimitri", "nikos", "giorgos", "eleni", "matteo", "giulia", "giovanni", "francesco", "alessandro", "lorenzo",
        "chiara", "federica", "paolo", "marco", "luca", "sergio", "alejandro", "lucia", "carmen", "raul", "alvaro", "pilar",
        "joao", "tiago", "rafael", "beatriz", "mariana", "francois", "antoine", "julien", "mathieu", "camille", "chloe",
        "manon", "celine", "thierry", "etienne", "klaus", "jurgen", "stefan", "wolfgang", "dieter", "uwe", "sabine",
        "ulrike", "jens", "torsten", "annika", "johanna", "moritz", "niklas", "tobias", "florian", "sebastian", "fabian",
        "dominik", "pieter", "joost", "sanne", "femke", "daan", "bram", "lotte", "niamh", "siobhan", "ciaran", "aoife",
        "eoin", "declan", "fiona", "callum", "hamish", "ewan", "rhys", "gareth", "dafydd", "mateo", "valentina", "camila",
        "ximena", "alejandra", "gabriela", "fernanda", "leticia", "rodrigo", "gustavo", "thiago", "renata", "paula",
        "andres", "felipe", "julian", "catalina", "joaquin", "kyle", "brad", "derek", "gary", "jerry", "larry", "scott",
        "todd", "keith", "craig", "nick", "jake", "luke", "josh", "zach", "brittany", "courtney", "kelsey", "lindsey",
        "molly", "abby", "hailey", "riley", "connor", "evan", "owen", "cole", "blake", "caleb", "gavin", "colin", "neil",
        "simon", "stuart", "graham", "philip", "phil", "doug", "dan", "danny", "jim", "jimmy", "joel", "lucy", "ellie",
        "amelia", "isla", "ava", "mia", "ella", "jenny", "katie", "becky", "ted", "fred", "ron", "tony", "liz", "meg",
        "pam", "jill", "janet", "joan", "kathy", "nancy", "tina", "wendy", "brenda", "diane", "donna", "gloria", "teresa",
        "irene", "monica", "veronica", "rita", "vera", "nora", "eva", "ida", "thea", "kira", "lara", "tanya",
    ]
}
