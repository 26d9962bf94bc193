window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "yuki.robotics@example.com",
      "createdVia" : "web",
      "username" : "yuki_robotics",
      "accountId" : "2959533138",
      "createdAt" : "2015-10-27T07:03:29.472Z",
      "accountDisplayName" : "Yuki Sato"
    }
  }
]