window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "zhou.robot@example.com",
      "createdVia" : "web",
      "username" : "zhou_robot",
      "accountId" : "1401616269181939768",
      "createdAt" : "2021-06-06T19:05:34.029Z",
      "accountDisplayName" : "周机器人"
    }
  }
]