window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "han.agent@example.com",
      "createdVia" : "web",
      "username" : "han_agent",
      "accountId" : "1495952730227284799",
      "createdAt" : "2022-02-22T02:44:59.119Z",
      "accountDisplayName" : "韩智能体"
    }
  }
]