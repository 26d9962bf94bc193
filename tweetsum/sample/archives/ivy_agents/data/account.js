window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "ivy.agents@example.com",
      "createdVia" : "web",
      "username" : "ivy_agents",
      "accountId" : "1040729687588814898",
      "createdAt" : "2018-09-14T22:31:08.770Z",
      "accountDisplayName" : "Ivy Chen"
    }
  }
]