window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "jobs.jonah@example.com",
      "createdVia" : "web",
      "username" : "jobs_jonah",
      "accountId" : "554687800",
      "createdAt" : "2012-11-03T12:11:34.605Z",
      "accountDisplayName" : "Jonah Reyes"
    }
  }
]