/** Names and addresses for demo customers, per country. Postal codes and cities are real pairs. */

export type CountryPeople = {
  first: string[]
  last: string[]
  streets: string[]
  cities: { city: string; postal: string[]; province: string | null }[]
  phonePrefix: string
}

export const PEOPLE: Record<string, CountryPeople> = {
  de: {
    first: ["Anna", "Lena", "Mia", "Sophie", "Laura", "Julia", "Lukas", "Jonas", "Felix", "Paul", "Leon", "Maximilian", "Hannah", "Katharina", "Tobias"],
    last: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Klein", "Wolf"],
    streets: ["Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schillerstraße", "Goethestraße", "Lindenallee", "Bergstraße"],
    cities: [
      { city: "Berlin", postal: ["10115", "10437", "12043"], province: null },
      { city: "München", postal: ["80331", "80469"], province: null },
      { city: "Hamburg", postal: ["20095", "22765"], province: null },
      { city: "Köln", postal: ["50667", "50823"], province: null },
    ],
    phonePrefix: "+49 30 ",
  },
  fr: {
    first: ["Camille", "Léa", "Manon", "Chloé", "Inès", "Louis", "Hugo", "Arthur", "Jules", "Lucas", "Emma", "Nathan", "Clara", "Théo"],
    last: ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre"],
    streets: ["Rue de la République", "Avenue Victor Hugo", "Rue du Faubourg", "Boulevard Voltaire", "Rue Pasteur", "Rue des Lilas"],
    cities: [
      { city: "Paris", postal: ["75003", "75011", "75015"], province: null },
      { city: "Lyon", postal: ["69002", "69007"], province: null },
      { city: "Bordeaux", postal: ["33000"], province: null },
      { city: "Lille", postal: ["59000"], province: null },
    ],
    phonePrefix: "+33 1 ",
  },
  it: {
    first: ["Giulia", "Sofia", "Chiara", "Francesca", "Martina", "Alessandro", "Lorenzo", "Matteo", "Marco", "Andrea", "Elena", "Davide"],
    last: ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Conti"],
    streets: ["Via Roma", "Via Garibaldi", "Corso Italia", "Via Dante", "Via Manzoni", "Via Mazzini"],
    cities: [
      { city: "Milano", postal: ["20121", "20144"], province: "MI" },
      { city: "Roma", postal: ["00184", "00153"], province: "RM" },
      { city: "Torino", postal: ["10121"], province: "TO" },
      { city: "Bologna", postal: ["40121"], province: "BO" },
    ],
    phonePrefix: "+39 02 ",
  },
  es: {
    first: ["Lucía", "María", "Paula", "Carmen", "Sara", "Hugo", "Pablo", "Daniel", "Alejandro", "Javier", "Marta", "Diego"],
    last: ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Díaz", "Moreno"],
    streets: ["Calle Mayor", "Calle de Alcalá", "Gran Vía", "Calle del Sol", "Avenida de la Constitución", "Calle Real"],
    cities: [
      { city: "Madrid", postal: ["28013", "28004"], province: "Madrid" },
      { city: "Barcelona", postal: ["08001", "08010"], province: "Barcelona" },
      { city: "Valencia", postal: ["46002"], province: "Valencia" },
      { city: "Sevilla", postal: ["41001"], province: "Sevilla" },
    ],
    phonePrefix: "+34 91 ",
  },
  nl: {
    first: ["Emma", "Julia", "Sanne", "Lotte", "Fleur", "Daan", "Sem", "Bram", "Luuk", "Jesse", "Noor", "Thijs"],
    last: ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos"],
    streets: ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Prinsengracht", "Wilhelminastraat"],
    cities: [
      { city: "Amsterdam", postal: ["1016 AB", "1072 CD"], province: null },
      { city: "Rotterdam", postal: ["3011 AA"], province: null },
      { city: "Utrecht", postal: ["3511 LK"], province: null },
      { city: "Den Haag", postal: ["2511 BT"], province: null },
    ],
    phonePrefix: "+31 20 ",
  },
  us: {
    first: ["Emily", "Olivia", "Ava", "Madison", "Abigail", "Ethan", "Michael", "Jacob", "Daniel", "Ryan", "Chloe", "Noah", "Grace", "Tyler", "Hannah"],
    last: ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Clark", "Lewis"],
    streets: ["Main Street", "Oak Avenue", "Maple Drive", "Park Avenue", "Cedar Lane", "Washington Street", "Elm Street"],
    cities: [
      { city: "New York", postal: ["10001", "10013"], province: "NY" },
      { city: "Chicago", postal: ["60614", "60607"], province: "IL" },
      { city: "Austin", postal: ["78701"], province: "TX" },
      { city: "Seattle", postal: ["98101"], province: "WA" },
      { city: "Boston", postal: ["02116"], province: "MA" },
    ],
    phonePrefix: "+1 212 ",
  },
  ca: {
    first: ["Sophia", "Charlotte", "Amelia", "Liam", "William", "Benjamin", "Owen", "Zoe", "Jack", "Maya", "Lucas", "Ella"],
    last: ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "MacDonald", "Campbell", "Wong", "Singh"],
    streets: ["King Street West", "Queen Street", "Rue Saint-Denis", "Granville Street", "Bloor Street", "Elgin Street"],
    cities: [
      { city: "Toronto", postal: ["M5V 2T6", "M4Y 1R5"], province: "ON" },
      { city: "Montréal", postal: ["H2X 1Y4"], province: "QC" },
      { city: "Vancouver", postal: ["V6B 1A1"], province: "BC" },
      { city: "Ottawa", postal: ["K1P 5G8"], province: "ON" },
    ],
    phonePrefix: "+1 416 ",
  },
}

/** Customer share per country inside each region. */
export const COUNTRY_WEIGHTS: Record<string, Record<string, number>> = {
  reg_eu: { de: 0.3, fr: 0.25, it: 0.15, es: 0.15, nl: 0.15 },
  reg_na: { us: 0.8, ca: 0.2 },
}

export const EMAIL_DOMAINS = ["example.com", "example.org", "example.net"]
