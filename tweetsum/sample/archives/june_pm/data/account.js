window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "june.pm@example.com",
      "createdVia" : "web",
      "username" : "june_pm",
      "accountId" : "1164061279912128680",
      "createdAt" : "2019-08-21T06:26:51.852Z",
      "accountDisplayName" : "June Park"
    }
  }
]